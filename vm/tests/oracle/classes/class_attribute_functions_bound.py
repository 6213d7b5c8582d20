class C:
    def __init__(self):
        self.val = 3
    def get(self):
        return self.val
    alias = get
c = C()
print(c.get(), c.alias(), C.alias(c), C.get is C.alias)

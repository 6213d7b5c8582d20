class C:
    def __init__(self):
        self.p = 1
        self.q = "two"
c = C()
print(sorted(c.__dict__.items()))
try:
    vars(c)
except NameError as e:
    print("NameError", e)
print(sorted(k for k in dir(c) if not k.startswith("__")))

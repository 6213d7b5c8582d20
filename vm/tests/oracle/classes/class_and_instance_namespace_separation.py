class C:
    shared = []
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.shared)
a.shared = ["rebound"]
print(a.shared, b.shared)

class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(sorted(c.__dict__.items()))
try:
    c.__dict__["z"] = 26
except TypeError:
    print("dict of instance is read-only")
setattr(c, "w", 0)
delattr(c, "a")
print(sorted(c.__dict__))
print(getattr(c, "b"), hasattr(c, "a"))

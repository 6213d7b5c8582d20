class C:
    @property
    def boom(self):
        raise ValueError("not attribute error")
    @property
    def missing(self):
        raise AttributeError("missing")
print(hasattr(C(), "missing"))
try:
    print(hasattr(C(), "boom"))
except ValueError as e:
    print("ValueError", e)

class C:
    a = 1
    def m(self):
        pass
    b = "two"
keys = [k for k in C.__dict__ if not k.startswith("__")]
print(keys)
print(type(C.__dict__).__name__, "m" in C.__dict__, C.__dict__["a"])

import math
d = dir(math)
print("sqrt" in d, "pi" in d, "nope" in d)
class K:
    a = 1
    def f(self):
        pass
print([n for n in dir(K) if not n.startswith("_")])

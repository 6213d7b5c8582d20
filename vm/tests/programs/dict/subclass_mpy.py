# MicroPython only: dicts iterate in the order of its hash table, not insertion order
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1

c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()), len(c), c["a"])
print(sorted(c.keys()), sorted(c.values()), "a" in c, "z" in c.keys())
print(c.pop("r"), c.setdefault("z", 0), c.get("q", -1))
c.update(b=100)
print(sorted(c.items()))
print(c.copy() == c, type(c).__name__, isinstance(c, dict))

# MicroPython has no __missing__ hook; get() ignores it in CPython too.
class Default(dict):
    def __missing__(self, key):
        return "missing:" + str(key)
dd = Default({"a": 1})
print(dd.get("a"), dd.get("b"), len(dd.keys()), list(dd.items()))
kw = Default(a=1, b=2)
print(sorted(kw.items()), kw.get("zz"))

class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setdefault("debug", False)
print(Config(), Config(x=1), Config([("y", 2)], z=3), Config({"debug": True}))

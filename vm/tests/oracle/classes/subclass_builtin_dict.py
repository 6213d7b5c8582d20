class D(dict):
    def __missing__(self, k):
        return "missing:" + str(k)
d = D(a=1)
print(d["a"])
try:
    print(d["b"])
except KeyError as e:
    print("KeyError", e)
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abca":
    c.add(ch)
print(sorted(c.items()), isinstance(c, dict))

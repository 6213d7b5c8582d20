# MicroPython only: dicts iterate in the order of its hash table, not insertion order
d = {"a": 1}
d["b"] = 2
d["a"] = 10
print(d, len(d), d["a"], "b" in d, "c" not in d)
del d["a"]
print(d)
d.update({"c": 3, "b": 20})
print(d, dict(d, b=0), dict(d, **{"z": 0}))
print({k: v * 2 for k, v in d.items()}, {i: i for i in range(3) if i})
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {} == {}, {1: [1]} == {1: [1]})
print(list({3: 0, 1: 0, 2: 0}), [k for k in {"x": 1, "y": 2}])
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"])
keys = {(1, 2): "t", 3: "i", 3.5: "f", "s": "s", None: "n", True: "b", frozenset([1]): "fs"}
print(keys[(1, 2)], keys[3], keys[3.5], keys["s"], keys[None], keys[1], keys[frozenset([1])])
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts, key=counts.get))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big[999], sum(big) == sum(range(1, 1000, 2)), list(big)[:3])
for i in range(10):
    big[i] = -i
print(len(big), list(big)[-3:])
print(bool({}), bool({0: 0}), len({}), str({1: "x"}), repr({"q": "'"}))
r = {}
r["self"] = r
print(r)
def attempt(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__)
attempt(lambda: {}["x"])
attempt(lambda: {} + {})
attempt(lambda: {} < {})
attempt(lambda: {[1]: 2})
attempt(lambda: hash({}))

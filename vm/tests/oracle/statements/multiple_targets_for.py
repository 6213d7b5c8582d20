# for loops unpack their targets
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (k, v) in enumerate({"x": 1}.items()):
    print(i, k, v)
for first, *rest in ["abc", "de"]:
    print(first, rest)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)

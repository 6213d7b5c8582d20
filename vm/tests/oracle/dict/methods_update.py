# update and copy and clear
d = {1: 1}
d.update({2: 2})
d.update([(3, 3)])
d.update(four=4)
d.update({5: 5}, six=6)
print(sorted(d.items(), key=str))
c = d.copy()
c[1] = "changed"
print(d[1], c[1], c is d)
d.clear()
print(d, len(d), c[2])
try:
    d.update(1)
except TypeError as e:
    print("TypeError")
try:
    d.update([1])
except (TypeError, ValueError) as e:
    print(type(e).__name__)

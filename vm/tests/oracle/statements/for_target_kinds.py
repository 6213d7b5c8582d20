class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
lst = [0, 0]
for lst[1] in (4, 5):
    pass
print(lst)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for a, *rest in [[1, 2, 3], [4]]:
    print(a, rest)

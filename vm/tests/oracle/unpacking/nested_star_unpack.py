(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]
print(x, y, z)
for first, *rest in ["abc", "de", "f"]:
    print(first, rest)

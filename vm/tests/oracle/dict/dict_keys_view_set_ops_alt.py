a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(sorted(set(a) & set(b)), sorted(set(a) | set(b)), sorted(set(a) - set(b)))
print(sorted(k for k in a if k in b))

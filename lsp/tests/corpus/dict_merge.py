a = {"x": 1}
b = {**a, "y": 2}
print(sorted(b))

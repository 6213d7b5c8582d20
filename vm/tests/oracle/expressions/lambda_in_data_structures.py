table = [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("pow", lambda a, b: a ** b)]
for name, fn in table:
    print(name, fn(5, 2))
d = {"sq": lambda x: x * x}
print(d["sq"](9))

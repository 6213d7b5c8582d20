f = lambda x: "even" if x % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print([x if x > 0 else 0 for x in (-2, 3, -1, 5)])
print({k: ("big" if v > 1 else "small") for k, v in {"a": 1, "b": 5}.items()})

data = [3, -1, 4, -1, 5]
print(sum(v for v in data if v > 0), max(v * v for v in data), min(abs(v) for v in data))
print(any(v < 0 for v in data), all(v != 0 for v in data), sorted(v for v in set(data)))
print(list(zip((v for v in "abc"), (i for i in range(5)))))
print(dict((v, i) for i, v in enumerate("xy")))
print(tuple(v for v in data if v < 0), set(v for v in data) == {3, -1, 4, 5})

# membership in ranges
r = range(1, 20, 4)
print([v in r for v in (1, 5, 6, 17, 20, 21, -3)], 5.0 in r, "x" in r)
print(range(5).count(3) if hasattr(range(5), "count") else "no count", 3 in range(3))

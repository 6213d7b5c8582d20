print(sorted({x % 3 for x in range(10)}))
print(sorted({c.lower() for c in "AbBa"}))
print({1 for _ in range(5)})
print(len({(a, b) for a in range(3) for b in range(3) if a <= b}))

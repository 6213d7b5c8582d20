# list comprehensions with conditions and nesting
print([x for x in range(6)], [x * 2 for x in range(6) if x % 2], [(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)], [c.upper() for c in "abc" if c != "b"])
print([x for x in range(20) if x % 2 if x % 3], [a + b for a, b in [(1, 2), (3, 4)]])

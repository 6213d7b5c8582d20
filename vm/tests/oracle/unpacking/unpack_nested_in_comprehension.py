pairs = [((1, 2), "a"), ((3, 4), "b")]
print([(x + y, s) for (x, y), s in pairs])
print({s: x * y for (x, y), s in pairs})

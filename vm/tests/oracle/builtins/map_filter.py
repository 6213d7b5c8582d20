# map and filter are lazy
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, "ab", "cd")), list(map(abs, [])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda v: v % 2, range(7))))
m = map(lambda v: print("map", v) or v, [1, 2])
print("created")
print(next(m))
print(list(m))
print(list(map(pow, [2, 3], [3, 2])))

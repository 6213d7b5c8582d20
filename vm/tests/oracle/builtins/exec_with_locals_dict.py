loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
glob = {"v": 10}
exec("def f():\n    return v * 2\nr = f()", glob)
print(glob["r"])

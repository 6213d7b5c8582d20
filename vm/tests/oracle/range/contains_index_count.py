r = range(0, 20, 4)
print(8 in r, 9 in r, 20 in r, -4 in r, 8.0 in r, "a" in r)
print(r.index(8) if hasattr(r, "index") else "no index", r.count(4) if hasattr(r, "count") else "no count")

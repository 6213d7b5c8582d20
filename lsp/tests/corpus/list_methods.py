l = [3, 1, 2]
l.sort(key=lambda v: -v, reverse=True)
l.insert(0, 9)
print(l, l.index(9), l.count(1))

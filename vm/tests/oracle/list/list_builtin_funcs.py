# builtins applied to lists
l = [4, 1, 3]
print(len(l), sum(l), min(l), max(l), sorted(l), list(reversed(l)), any(l), all(l))
print(list(enumerate(l)), list(zip(l, l[1:])), list(map(lambda x: -x, l)), list(filter(lambda x: x > 1, l)))
print(l.index(3), l.count(4), 3 in l, l * 2, l + [0])

s = {1, 2, 3}
c = s.copy()
c.add(4)
print(len(s), len(c), s is c)
c.clear()
print(c, len(c), bool(c))
print(set() == set(), {1} == {1.0}, {1, 2} != {2, 1})

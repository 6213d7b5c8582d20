# a board's sets iterate in table order
s = set()
for x in (9, 4, 17, 1, 12):
    s.add(x)
print(s, list(s))
print({"b", "a", "c"} == {"a", "b", "c"}, sorted({"b", "a", "c"}))
print(set(range(10, 0, -1)))
s.remove(4)
s.add(30)
print(s)

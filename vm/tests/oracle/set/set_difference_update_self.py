s = {1, 2, 3}
s.difference_update(s)
print(s)
t = {1, 2}
t.intersection_update(t)
print(sorted(t))
u = {1}
u.symmetric_difference_update(u)
print(u)

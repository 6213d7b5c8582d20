a = [1]
b = a
a += [2]
print(a is b, b)
a = a + [3]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u)
s = {1}
r = s
s |= {2}
print(s is r, sorted(r))

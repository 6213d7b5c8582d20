l = [3, 1, 2]
m = l
l.sort()
print(m, m is l)
s = sorted(l)
print(s is l, s == l)

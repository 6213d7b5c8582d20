# Issue #16: a dict holding itself, printed and compared
d = {}
d[1] = d
e = {}
e[1] = e
print(d)
d == e

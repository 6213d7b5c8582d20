l = [1, 2, 3, 4]
r = l[::-1]
print(r, l)
l.reverse()
print(l, r == l)

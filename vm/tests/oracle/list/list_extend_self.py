l = [1, 2]
l.extend(l)
print(l)
m = [1]
m += m
print(m)
n = [0]
n.append(n[:])
print(n)

l = [1, 2, 1, 2, 1]
l.remove(1)
print(l)
l.remove(2)
print(l)
while 1 in l:
    l.remove(1)
print(l)

a = [1, 2]
assert a, "empty"
del a[0]
x = 1
del x
pass
print(a)

t = (1, 2)
t += (3,)
print(t)
x, y = 1, 2
x, y = x + y, x * y
print(x, y)
l = [1]
l += (2, 3)
print(l)
try:
    t += [4]
except TypeError as e:
    print("TypeError", e)

# unpacking tuples into names
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
f, *g = (1, 2, 3)
print(f, g)
*h, i = (1,)
print(h, i)
j, *k, l = "abcde"
print(j, k, l)
for bad in ((1, 2, 3), (1,)):
    try:
        x, y = bad
    except ValueError as ex:
        print("ValueError", ex)
try:
    x, *y, z = (1,)
except ValueError as ex:
    print("ValueError", ex)
try:
    x, y = 5
except TypeError as ex:
    print("TypeError", ex)

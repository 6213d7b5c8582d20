# + and * on tuples
a = (1, 2)
print(a + (3,), a + (), () + a, a * 3, 3 * a, a * 0, a * -1, (a * 2) * 2)
b = a
b += (9,)
print(a, b, b is a)
c = a
c *= 2
print(a, c)
for bad in ([3], 1, "x"):
    try:
        a + bad
    except TypeError as e:
        print("TypeError", e)
try:
    a * 1.5
except TypeError as e:
    print("TypeError", e)

# List slices read and assigned straight from the bounds on the stack (no
# slice object): every bound form, self-assignment, length changes, huge
# steps, and the forms that still take the general path.

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::-1], a[8:2:-2], a[-3:], a[:-7], a[-100:100])
print(a[1::1073741823], a[-2::-1073741823], a[3:3], a[5:2])
print(a[True:3], a[False::2])
k = 4
print(a[k::-1], a[: k + 1], a[k:k])

b = list(range(8))
b[: 3 + 1] = b[3::-1]
print(b)
b[:] = b
print(b)
b[2:4] = (20, 30, 40)
print(b)
b[1:6] = []
print(b)
b[5:] = [7, 8]
print(b)
b[-1:] = b
print(b)
b[0:0] = (1,)
print(b)

perm = list(range(9))
flips = 0
k = 5
while k:
    perm[: k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)

for bad in ("xy", 5, {1: 2}, range(3)):
    try:
        c = [1, 2, 3]
        c[0:1] = bad
        print(c)
    except Exception as e:
        print(type(e).__name__, e)
try:
    c = [1, 2, 3]
    c[::2] = [9, 9]
    print(c)
except Exception as e:
    print(type(e).__name__)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(a[1.5:])
except TypeError as e:
    print("TypeError")

t = (1, 2, 3, 4)
print(t[1:3], t[:-1], "hello"[1:4], b"bytes"[:2], range(10)[2:8:3])

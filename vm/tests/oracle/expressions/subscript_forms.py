l = list(range(10))
print(l[0], l[-1], l[2:5], l[:3], l[7:], l[::3], l[::-1], l[-3:-1], l[5:2], l[1:8:2])
s = "abcdef"
print(s[1], s[-2], s[1:4], s[10:], s[-100:2])
t = (1, 2, 3)
print(t[1:], t[:0], t[-2:])
d = {(1, 2): "tuple key", 3: "int"}
print(d[1, 2], d[3])
for obj, idx in ((l, 10), (s, -7), (t, 3)):
    try:
        obj[idx]
    except IndexError as e:
        print("IndexError", e)

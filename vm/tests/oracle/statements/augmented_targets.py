d = {"a": 1}
d["a"] += 5
d.setdefault("b", [])
d["b"] += [1]
print(d)
class C:
    v = 1
c = C()
c.v += 10
print(c.v, C.v)
l = [1, 2, 3]
l[1] *= 7
l[-1] -= 1
print(l)
s = "ab"
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)

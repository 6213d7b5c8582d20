class C:
    def __init__(self):
        self.v = 1
        self.l = [1, 2]
c = C()
c.v += 5
c.v *= 2
c.l[0] += 10
c.l += [3]
print(c.v, c.l)
d = {"k": {"n": 1}}
d["k"]["n"] -= 3
print(d)

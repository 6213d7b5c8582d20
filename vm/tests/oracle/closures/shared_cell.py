def pair():
    x = 0
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set
g, s = pair()
print(g())
s(5)
print(g())
g2, s2 = pair()
s2(9)
print(g(), g2())

class O:
    pass
o = O()
d = {}
o.a, d["k"], (o.b, d["j"]) = 1, 2, (3, 4)
print(o.a, o.b, sorted(d.items()))

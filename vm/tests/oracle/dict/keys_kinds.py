# all hashable things are keys
d = {None: "none", (): "tuple", "": "str", b"": "bytes", 0: "zero", frozenset(): "fs", len: "fn"}
print(d[None], d[()], d[""], d[b""], d[0], d[False], d[frozenset()], d[len])
class K:
    pass
k = K()
d = {k: 1}
print(d[k], K() in d)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError", e)
try:
    {set(): 1}
except TypeError as e:
    print("TypeError", e)

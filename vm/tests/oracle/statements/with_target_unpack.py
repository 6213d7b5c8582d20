class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with CM() as (a, (b, c)):
    print(a, b, c)
class Box:
    pass
bx = Box()
with CM() as bx.val:
    pass
print(bx.val)
d = {}
with CM() as d["k"]:
    pass
print(d)

class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
p.z = 3
print(p.x, p.z, P.__slots__)

class D:
    def __init__(self):
        self.x = 1
    def __delattr__(self, name):
        print("delattr", name)
        if name == "x":
            object.__delattr__(self, name)
d = D()
del d.x
print(hasattr(d, "x"))
del d.y
delattr(d, "z")

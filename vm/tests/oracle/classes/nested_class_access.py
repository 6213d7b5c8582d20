class Outer:
    x = "outer x"
    class Inner:
        y = "inner y"
        def get(self):
            return self.y
print(Outer.Inner().get(), Outer.Inner.y, Outer().Inner.y)
try:
    class Outer2:
        z = 1
        class In:
            w = z
except NameError as e:
    print("NameError", e)

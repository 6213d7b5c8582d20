class P:
    @property
    def x(self):
        return 1
p = P()
try:
    del p.x
except AttributeError as e:
    print("AttributeError")
print(p.x)

# a class's own names, as the board lists them
class C:
    b = 1
    a = 2
    def m(self):
        pass
    z = 3
names = [k for k in C.__dict__ if not k.startswith("__")]
print(names)
print(sorted(names))

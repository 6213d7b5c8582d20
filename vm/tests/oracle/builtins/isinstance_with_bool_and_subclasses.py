class MyInt(int):
    pass
m = MyInt(3)
print(isinstance(m, int), isinstance(m, MyInt), isinstance(3, MyInt), issubclass(MyInt, int), type(m) is int)
print(isinstance(True, (str, bool)), isinstance(False, int), isinstance(0, bool))

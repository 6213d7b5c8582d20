# __new__ receives the constructor's arguments
class Singleton:
    _inst = None
    def __new__(cls, *args):
        print("new", args)
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
    def __init__(self, *args):
        print("init", args)
a = Singleton(1)
b = Singleton(2, 3)
print(a is b)
class NotMine:
    def __new__(cls, v):
        return v * 2
    def __init__(self, v):
        print("never")
print(NotMine(21))

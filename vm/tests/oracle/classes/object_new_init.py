class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
a = A(1, 2)
print(type(a).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    def __new__(cls):
        return 5
    def __init__(self):
        print("never")
print(Other())

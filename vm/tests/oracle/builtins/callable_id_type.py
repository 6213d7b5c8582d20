# callable, id, type
class C:
    def __call__(self):
        return "called"
def f(): pass
print(callable(f), callable(C), callable(C()), callable(1), callable(print), callable(lambda: 0), callable("s"))
print(C()(), type(1) is int, type("") is str, type(C()) is C, type(C) is type, type(type) is type)
a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__)
print(type(None).__name__, type(f).__name__, type(print).__name__)

# isinstance and issubclass with classes and tuples
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), isinstance(b, (int, A)), isinstance(1, (str, (int,))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object), isinstance(int, type))
for bad in ("isinstance(1, 1)", "issubclass(1, int)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError", e)

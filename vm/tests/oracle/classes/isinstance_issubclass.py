class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(1, int), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(B, object))
for args in ((1, 1), (b, "A")):
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError", e)

T = type("T", (), {"a": 1, "f": lambda self: self.a + 1})
t = T()
print(T.__name__, t.a, t.f())
U = type("U", (T,), {"a": 10})
print(U().f(), issubclass(U, T))
print(type(5) is int, type("s") is str, type(t) is T)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError")

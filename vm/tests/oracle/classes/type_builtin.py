# type() with three arguments builds a class
def hello(self):
    return "hello from " + type(self).__name__
T = type("T", (), {"x": 5, "hello": hello})
t = T()
print(T.__name__, T.x, t.hello(), type(t) is T)
U = type("U", (T,), {})
print(U().hello(), issubclass(U, T), U.x)
print(type(5).__name__, type(type).__name__)

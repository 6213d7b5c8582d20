class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError, IndexError):
    [][1]
print("after IndexError suppressed")
try:
    with Suppress(KeyError):
        int("z")
except ValueError as e:
    print("ValueError passed through", e)

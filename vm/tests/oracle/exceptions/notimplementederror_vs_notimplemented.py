print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else "skip bool")
print(issubclass(NotImplementedError, RuntimeError), NotImplementedError("x").args)
try:
    raise NotImplemented
except TypeError as e:
    print("TypeError", e)

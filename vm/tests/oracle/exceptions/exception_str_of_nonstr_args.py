print(str(ValueError(1)), str(ValueError(1.5)), str(ValueError([1])), str(ValueError((1, 2))))
print(str(ValueError(None)), str(ValueError("")), repr(ValueError("")))
print(str(KeyError("a")), str(KeyError(1)), str(KeyError("a", "b")))
print(str(IndexError("a", 1)), repr(IndexError("a", 1)))

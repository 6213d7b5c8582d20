# exception args, str and repr
for e in (Exception(), Exception(1), Exception(1, 2), ValueError("v"), KeyError("k"), KeyError(1, 2), OSError(2, "x")):
    print(repr(e), str(e), e.args)
e = Exception("a", "b")
print(e.args[1], len(e.args))
print(str(KeyError()), repr(StopIteration(5)), StopIteration(5).value)

def g():
    yield from iter([1, 2, 3])
it = g()
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(list(it))

def g():
    yield from range(3)
    yield from "xy"
    yield from b"\x01"
print(list(g()))

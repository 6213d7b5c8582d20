def g():
    yield from [1, 2]
    yield from (3,)
    yield from "ab"
    yield from range(2)
    yield from {"k": 0}
    yield from iter([9])
print(list(g()))
def flatten(x):
    for v in x:
        if isinstance(v, list):
            yield from flatten(v)
        else:
            yield v
print(list(flatten([1, [2, [3, [4]], 5]])))

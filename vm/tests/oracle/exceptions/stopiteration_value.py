def g():
    yield 1
    return "done"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
try:
    next(iter([]))
except StopIteration as e:
    print("empty", e.args, e.value)

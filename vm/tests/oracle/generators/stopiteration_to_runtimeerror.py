def g():
    yield 1
    raise StopIteration
try:
    print(list(g()))
except RuntimeError as e:
    print("RuntimeError", e)
def h():
    yield next(iter([]))
try:
    print(list(h()))
except RuntimeError as e:
    print("RuntimeError", e)

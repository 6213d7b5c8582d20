# StopIteration raised inside a generator body becomes RuntimeError
def g():
    yield 1
    raise StopIteration
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration")
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration")

def g():
    yield 1
    yield 1 / 0
it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    next(it)
except StopIteration:
    print("dead after exception")

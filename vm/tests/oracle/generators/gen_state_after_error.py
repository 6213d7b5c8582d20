# a generator that raised is finished
def g():
    yield 1
    1 / 0
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(list(it), next(it, "finished"))

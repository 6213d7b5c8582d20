def g():
    print("body started")
    yield 1
it = g()
it.close()
print(list(it))
def h():
    try:
        yield 1
    finally:
        print("cleanup")
it = h()
next(it)
del it
print("after del")

def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return
it = g()
next(it)
print(it.close())
def h():
    yield 1
    yield 2
it2 = h()
print(next(it2), it2.close(), list(it2))

def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
print(it.close())
print(it.close())
try:
    next(it)
except StopIteration:
    print("closed generator stops")
def h():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
it = h()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)

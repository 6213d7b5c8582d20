def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("gen finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stopped")
def h():
    yield 1
    raise KeyError("inside")
try:
    list(h())
except KeyError as e:
    print("KeyError", e)

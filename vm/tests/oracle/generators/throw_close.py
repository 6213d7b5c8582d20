# throw() and close() on a suspended generator
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("got", e)
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
it.close()
it2 = g()
print(next(it2))
try:
    it2.throw(KeyError)
except KeyError:
    print("KeyError out")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError("late"))
except (ValueError, StopIteration) as e:
    print(type(e).__name__, e.args)
try:
    it.send(None)
except StopIteration:
    print("StopIteration")

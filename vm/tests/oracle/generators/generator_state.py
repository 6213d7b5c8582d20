def g():
    yield 1
it = g()
print(type(it).__name__, iter(it) is it)
print(list(it), list(it))
def running():
    yield it2 is not None
it2 = running()
print(next(it2))
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# a generator cannot be resumed while it runs
def g():
    yield me.send(None) if False else next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def counter():
    n = 0
    while n < 3:
        n += 1
        yield n
c = counter()
print([v for v in c], next(c, "done"))

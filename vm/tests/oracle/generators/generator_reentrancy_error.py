def g():
    yield next(gen)
gen = g()
try:
    next(gen)
except ValueError as e:
    print("ValueError", e)

def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally during close")
it = g()
next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError", e)

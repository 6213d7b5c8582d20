# raising a new exception while handling one
def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("converted")
try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
try:
    g()
except TypeError as e:
    print("reraised", e)

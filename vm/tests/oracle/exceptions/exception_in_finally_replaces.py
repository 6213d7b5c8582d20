def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
def g():
    try:
        return 1
    finally:
        1 / 0
try:
    g()
except ZeroDivisionError as e:
    print("finally raised", e)

def f(n):
    if n == 0:
        raise KeyError("k")
    try:
        return f(n - 1)
    except ValueError:
        return -1
    finally:
        pass


try:
    f(5)
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("again") from e
except RuntimeError as e:
    print(e, repr(e.__cause__) if hasattr(e, "__cause__") else "")


class MyErr(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(a)


try:
    raise MyErr(1, 2)
except MyErr as e:
    print(e.extra, e.args)

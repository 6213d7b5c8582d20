# a finally that returns or breaks discards the exception
def f():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke", i
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return "continued", i
print(h())

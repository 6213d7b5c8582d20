# reading a local before assignment
x = 5
def f():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)
    x = 1
f()
def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__)
    y = 2
    return inner()
print(g())

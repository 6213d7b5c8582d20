def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            print("inner", t)
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
except TypeError as e:
    print("outer got TypeError", e)

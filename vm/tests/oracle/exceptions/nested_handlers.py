# exceptions raised inside handlers and finally blocks
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("inner", e)
        print("after inner")
    finally:
        print("finally")
f()
try:
    try:
        raise ValueError
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("KeyError", e)

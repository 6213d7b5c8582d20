try:
    raise ValueError
except ValueError as e:
    print(1, repr(e))
try:
    raise ValueError("x", 2)
except ValueError as e:
    print(2, e.args)
try:
    try:
        raise KeyError(3)
    except KeyError:
        raise
except KeyError as e:
    print(3, repr(e))
try:
    raise TypeError("a") from None
except TypeError as e:
    print(4, e)
try:
    raise 5
except TypeError as e:
    print(5, e)

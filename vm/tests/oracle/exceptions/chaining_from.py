try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__ if hasattr(e, "__cause__") and e.__cause__ else "no cause attr")
try:
    raise KeyError("x") from None
except KeyError as e:
    print("from None", e)

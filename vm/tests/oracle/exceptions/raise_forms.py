# raising classes, instances and non-exceptions
for thing in (ValueError, ValueError("x"), 5, "s", None, int):
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, e)

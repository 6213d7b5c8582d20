# CPython str methods MicroPython leaves out raise AttributeError.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for name in ("title", "capitalize", "swapcase", "zfill", "ljust", "rjust", "casefold", "isalnum", "isnumeric", "expandtabs", "removeprefix", "format_map", "translate"):
    print(name, hasattr("x", name), r(lambda: getattr("abc", name)))

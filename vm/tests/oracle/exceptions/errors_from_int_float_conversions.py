for f in (lambda: int("1e3"), lambda: int(" "), lambda: float("1,5"), lambda: int(None), lambda: float("0x10")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

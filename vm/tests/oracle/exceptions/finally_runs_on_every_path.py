def f(mode):
    log = []
    try:
        if mode == "ret":
            return log
        if mode == "exc":
            raise ValueError
        if mode == "brk":
            for _ in range(1):
                try:
                    break
                finally:
                    log.append("inner")
    except ValueError:
        log.append("handled")
    finally:
        log.append("outer")
    return log
for m in ("ret", "exc", "brk", "none"):
    print(m, f(m))

# the order finally bodies run in, leaving by return, break, an exception
def trace(kind):
    log = []

    def run():
        for i in range(2):
            try:
                try:
                    log.append("body")
                    if kind == "return":
                        return "r"
                    if kind == "break":
                        break
                    if kind == "continue":
                        continue
                    if kind == "raise":
                        raise IndexError("x")
                finally:
                    log.append("inner")
            finally:
                log.append("outer")
        return "end"

    try:
        r = run()
    except IndexError as e:
        r = "caught " + repr(e)
    return r, log


for k in ("return", "break", "continue", "raise", "none"):
    print(k, trace(k))


def value_of_finally_return():
    try:
        raise RuntimeError
    finally:
        return "swallowed"


print(value_of_finally_return())


def exception_replaced():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__, e.args


print(exception_replaced())

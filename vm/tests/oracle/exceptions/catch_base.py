# catching by base class
def raiser(cls):
    try:
        raise cls("x")
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "exception"
for c in (KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, TypeError):
    print(c.__name__, raiser(c))
try:
    raise SystemExit(3)
except Exception:
    print("not here")
except BaseException as e:
    print("base", type(e).__name__, e.args)

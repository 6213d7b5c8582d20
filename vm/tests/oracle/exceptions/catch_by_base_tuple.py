def kind(exc):
    try:
        raise exc
    except (ArithmeticError, LookupError) as e:
        return "arith/lookup: " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "type/value: " + type(e).__name__
    except BaseException as e:
        return "base: " + type(e).__name__
for e in (ZeroDivisionError, KeyError, IndexError, OverflowError, TypeError, UnicodeError, SystemExit, NotImplementedError):
    print(kind(e))

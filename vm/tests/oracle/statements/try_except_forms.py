def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in (KeyError, IndexError("i"), ZeroDivisionError, OverflowError, TypeError, LookupError):
    print(check(exc))
try:
    raise StopIteration
except:
    print("bare except")

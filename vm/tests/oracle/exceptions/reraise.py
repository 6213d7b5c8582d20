# bare raise re-raises the exception being handled
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got", type(e).__name__)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise ValueError("again")
except ValueError as e:
    print("ValueError", e)

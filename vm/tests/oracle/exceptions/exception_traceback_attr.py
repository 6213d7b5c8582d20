try:
    raise ValueError("tb")
except ValueError as e:
    print(hasattr(e, "__traceback__"), type(e).__name__)
import sys
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e.args)
    sys.print_exception(e) if False else None
print("ok")

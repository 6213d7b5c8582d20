for args in ((), (0,), (3,), ("msg",)):
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code if hasattr(e, "code") else "-")
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("sys.exit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit()", e.args)

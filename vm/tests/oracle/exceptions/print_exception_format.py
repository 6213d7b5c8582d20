import sys, io
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    lines = buf.getvalue().splitlines()
    print(lines[0])
    print(lines[-1])
    print(len(lines))

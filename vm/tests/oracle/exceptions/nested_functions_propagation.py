def a():
    b()
def b():
    c()
def c():
    raise LookupError("from c")
try:
    a()
except LookupError as e:
    print("propagated", e)
def guard(f):
    try:
        return f()
    except Exception as e:
        return "guarded: " + type(e).__name__
print(guard(a), guard(lambda: 1), guard(lambda: 1 / 0))

# bool is an int subclass and cannot be subclassed.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(isinstance(True, int), issubclass(bool, int), type(True) is bool, bool.__name__, isinstance(1, bool))
try:
    class B(bool):
        pass
    print("subclassed")
except TypeError as e:
    print("TypeError", e)
print(r(lambda: True.__class__.__name__))

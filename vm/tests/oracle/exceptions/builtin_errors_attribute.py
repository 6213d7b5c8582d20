for obj, name in ((1, "x"), ("s", "nope"), ([], "push"), ({}, "has_key"), (None, "a"), (len, "q"), (int, "zz")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError", e)
class C:
    __slots__ = ()
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError", e)

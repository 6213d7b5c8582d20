class C:
    a = 1
c = C()
print(getattr(c, "a"), getattr(c, "b", None), hasattr(c, "a"), hasattr(c, "b"))
setattr(c, "b", 2)
print(c.b, getattr(c, "b"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "zzz")
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: getattr(c, 1), lambda: setattr(c, 2, 0), lambda: hasattr(c, None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    delattr(c, "nothing")
except AttributeError as e:
    print("AttributeError", e)

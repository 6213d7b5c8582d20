o = object()
print(type(o).__name__, isinstance(o, object), str(o)[:8])
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(object.__name__, type.__name__, int.__name__, str.__name__, list.__name__, dict.__name__)
print(issubclass(int, object), issubclass(type, object), type(object) is type)

def f(**kw):
    return sorted(kw.items())
d1 = {"a": 1}
d2 = {"b": 2}
print(f(**d1, **d2), f(**d1, c=3), f(**{}))
try:
    f(**d1, **{"a": 9})
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(**[1])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

def check(v):
    assert v > 0, "v must be positive, got %d" % v
    return v
print(check(3))
for v in (0, -2):
    try:
        check(v)
    except AssertionError as e:
        print(e)
try:
    assert isinstance(1, str)
except AssertionError as e:
    print("args", e.args)

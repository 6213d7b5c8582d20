# assert with and without a message
def check(x):
    try:
        assert x > 0, "x must be positive, got %d" % x
        assert x
        print("ok", x)
    except AssertionError as e:
        print("AssertionError", e.args)
check(1)
check(-2)
try:
    assert 0
except AssertionError as e:
    print(repr(e), e.args)

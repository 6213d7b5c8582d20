assert True
assert 1, "never"
try:
    assert False
except AssertionError as e:
    print("bare", repr(e), e.args)
try:
    assert 0, "message"
except AssertionError as e:
    print("msg", e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("tuple", e.args)
try:
    assert None, 42
except AssertionError as e:
    print("int", e.args[0] + 1)

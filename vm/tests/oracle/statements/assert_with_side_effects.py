calls = []
def check(v):
    calls.append(v)
    return v
assert check(1)
try:
    assert check(0), check("msg")
except AssertionError as e:
    print(e.args)
print(calls)

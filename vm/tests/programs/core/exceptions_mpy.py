# MicroPython prints exception reprs with the args tuple and KeyError's
# str without quotes.
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e))
print(repr(ValueError("x")), repr(ValueError()), str(ValueError(1, 2)))
def f():
    raise RuntimeError("boom")
def g():
    f()
g()

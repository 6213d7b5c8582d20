class Empty:
    pass
try:
    raise ValueError
except ValueError:
    pass
print(Empty.__name__, "continued")

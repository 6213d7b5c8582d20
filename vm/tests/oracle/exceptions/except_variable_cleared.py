try:
    raise ValueError("v")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError as e:
    print("NameError", e)
def f():
    e = "kept?"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError as x:
        return type(x).__name__
print(f())

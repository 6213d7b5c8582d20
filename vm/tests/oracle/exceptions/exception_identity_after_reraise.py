def f():
    try:
        raise ValueError("orig")
    except ValueError as e:
        saved = e
        raise
try:
    f()
except ValueError as e2:
    print(e2.args, type(e2).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
except KeyError as e3:
    print("re-raised by name", e3)

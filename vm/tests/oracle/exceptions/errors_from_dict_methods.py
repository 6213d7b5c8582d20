for f in (lambda: {}.pop("k"), lambda: {}.popitem(), lambda: {}["x"], lambda: {}.update(1), lambda: {}.fromkeys(1), lambda: {[]: 1}, lambda: dict(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

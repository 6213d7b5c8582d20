for f in (lambda: set().remove(1), lambda: set().pop(), lambda: {1}.add([]), lambda: set(1), lambda: {1} | [1], lambda: {1}.update(5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

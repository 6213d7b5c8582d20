for f in (lambda: "a".join([1]), lambda: "abc".replace(1, "x"), lambda: "a".split(1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

for obj, key in (("s", 0), ((1,), 0), (None, 0), (range(3), 0)):
    try:
        del obj[key]
    except TypeError as e:
        print("TypeError", e)

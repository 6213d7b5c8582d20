for v in ([1], {1: 2}, {1}, bytearray(b"x")):
    try:
        {v}
    except TypeError as e:
        print("TypeError", e)
    try:
        {v: 1}
    except TypeError as e:
        print("TypeError", e)

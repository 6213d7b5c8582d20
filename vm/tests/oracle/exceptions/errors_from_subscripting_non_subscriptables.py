for obj in (1, None, len, 1.5, {1}):
    try:
        obj[0]
    except TypeError as e:
        print("TypeError", e)
for obj in (1, "s", (1,), None):
    try:
        obj[0] = 1
    except TypeError as e:
        print("TypeError", e)

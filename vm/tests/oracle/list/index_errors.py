l = [1, 2, 3]
for i in (3, -4, 100):
    try:
        l[i]
    except IndexError as e:
        print("IndexError", e)
    try:
        l[i] = 0
    except IndexError as e:
        print("IndexError set", e)
for k in ("a", 1.5, None):
    try:
        l[k]
    except TypeError as e:
        print("TypeError", e)

# indexing a tuple
t = (10, 20, 30, 40)
print(t[0], t[3], t[-1], t[-4], t[True], t[False])
for bad in (4, -5, 100):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError", e)
for bad in ("0", 1.0, None, [0]):
    try:
        t[bad]
    except TypeError as e:
        print("TypeError", e)

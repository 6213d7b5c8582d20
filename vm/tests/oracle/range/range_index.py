# indexing and slicing ranges
r = range(0, 100, 7)
print(r[0], r[1], r[-1], r[-2], len(r), r[2:5], r[::2], r[::-1], r[5:1:-1])
print(list(r[3:6]), r[100:], len(r[::3]))
for bad in (15, -16):
    try:
        r[bad]
    except IndexError as e:
        print("IndexError", e)

# slicing a tuple makes a tuple; a board slices tuples with step 1 only
t = tuple(range(8))
print(t[:], t[2:], t[:3], t[2:5], t[-3:], t[:-3], t[1:None], t[None:2])
print(t[5:2], t[100:], t[-100:2], t[3:3], t[2:5:1], t[2:5:None])
print(type(t[1:2]), t[0:0])
for step in (2, -1, 0):
    try:
        print(t[::step])
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

# subscripts on user classes receive ints, slices and tuples
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1], s[1:2], s[:], s[::2], s[1, 2], s[1:2, 3], s[...], s["k"])
sl = s[1:2:3]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(s[:-1], s[None:None])

class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s["a"], s[1:2], s[::3], s[1:2, 3], s[...], s[:, 1])
sl = s[1:10:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step)

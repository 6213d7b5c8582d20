class Grab:
    def __getitem__(self, k):
        return k
g = Grab()
s = g[:5]
print(s, s.start, s.stop, s.step, type(s).__name__)
s2 = g[1:10:2]
print(s2, s2.start, s2.stop, s2.step)
l = list(range(12))
print(l[s], l[s2], "abcdefghijkl"[s])
print(g[::-1], g["a":"b"], g[1:])
print(s2.indices(5) if hasattr(s2, "indices") else "no indices")
try:
    slice(1, 2)
except TypeError as e:
    print("TypeError", e)
print(s == g[:5], s2 == s)

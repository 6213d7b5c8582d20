def check(l, **kw):
    a = list(l)
    a.sort(**kw)
    b = sorted(l, **kw)
    print(a == b, a)

check([5, 3, 8, 1, 9, 2])
check([5, 3, 8, 1, 9, 2], reverse=True)
check([2.5, -1.0, 3.25, 0.0, -0.5])
check([3, 1.5, 2, 0.5, -7])
check([10 ** 20, 5, -10 ** 30, 2 ** 64, 0])
check(["pear", "apple", "fig", "Banana", "", "apple"])
check(["pear", "apple", "fig"], key=len)
check(["pear", "apple", "fig"], key=len, reverse=True)
check([(2, "b"), (1, "z"), (2, "a"), (1, "a")])
check([[3, 1], [2], [3], [2, 0], []])
check([True, False, 2, -1])
check([], reverse=True)
check([42])
check([b"b", b"a", b"ab"])
check([-3, 2, -1, 0], key=abs)
check(["a", "B", "c", "D"], key=str.lower)
check([1, 2, 3], key=None)
check(list(range(100, 0, -7)))
# (MicroPython's sort is not stable, so no keys tie here)
pairs = [(1, "a"), (0, "b"), (3, "c"), (2, "d"), (5, "e"), (4, "f")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = "a quick brown fox jumped over thirteen lazy dogs".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
# a bigger pseudo-random list
x = 12345
data = []
for i in range(500):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append(x % 1000)
s = sorted(data)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s), s[:5], s[-5:])
keyed = sorted(range(300), key=lambda i: data[i] % 10)
print(all(data[keyed[i]] % 10 <= data[keyed[i + 1]] % 10 for i in range(299)))
fl = sorted([d / 7 for d in data], reverse=True)
print(fl[0] >= fl[-1], fl[:3])
# sorting with a key that returns tuples
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(recs, key=lambda r: (-r[1], r[0])))
# sorted accepts any iterable and returns a new list
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(3), reverse=True))
print(sorted(x for x in [3, 1, 2]), sorted({5, 1, 3}))
t = [3, 1, 2]
u = sorted(t)
print(t, u, u is t)

def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 2, 9])
print(lo, hi)
f = lambda t: (t[1], t[0])
a, b = f((1, 2))
print(a, b)

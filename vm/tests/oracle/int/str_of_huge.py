# str of very big ints: digit counts and both ends.
for n in (10**100, 2**1000, 3**500, -(7**300), 10**300 - 1):
    s = str(n)
    print(len(s), s[:20], s[-20:], int(s) == n)

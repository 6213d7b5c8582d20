# bytes through iteration, list, sum, max, sorted, reversed and len.
for s in (b"hello", bytearray(b"\x00\xff\x10")):
    print(list(s), sum(s), max(s), min(s), sorted(s), list(reversed(s)), len(s), tuple(s), set(s) == set(list(s)), [c for c in s if c > 100])

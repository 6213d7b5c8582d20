# to_bytes then from_bytes returns the number, for every width it fits.
for n in (0, 1, 200, 40000, 2**40 + 5, 2**64 - 1, 2**120 + 3):
    for o in ("little", "big"):
        k = max(1, (len(bin(n)) - 2 + 7) // 8)
        print(n, o, int.from_bytes(n.to_bytes(k, o), o) == n, int.from_bytes(n.to_bytes(k + 3, o), o) == n)

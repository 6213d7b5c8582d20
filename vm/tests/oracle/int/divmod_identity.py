# divmod agrees with // and % and rebuilds the dividend.
vals = [0, 1, -1, 5, -5, 13, -13, 2**40 + 3, -(2**40) - 3, 10**25 + 1, -(10**25) - 1]
for a in vals:
    for b in vals:
        if b:
            q, m = divmod(a, b)
            print(a, b, q, m, q == a // b, m == a % b, q * b + m == a)

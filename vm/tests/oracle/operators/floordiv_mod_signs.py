for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2)):
    print(a // b, a % b)

# bools compare with ints, floats and each other as 1 and 0.
for a in (True, False):
    print([(a == b, a < b, a >= b) for b in (True, False, 1, 0, 1.0, 0.5, -1, 2**70)])
print(True == 1, False == 0, True is 1 == 1, sorted([True, 0, -1, False, 2, 1]), max(True, 1), max(1, True))

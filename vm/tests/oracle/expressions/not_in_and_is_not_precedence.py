l = [1, 2]
print(3 not in l, not 3 in l, 1 is not None, not 1 is None, (not 1) is False)

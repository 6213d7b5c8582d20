# and, or and not return operands, not bools.
for a in (0, 1, "", "x", None, [], [0], 0.0, True, False):
    print(repr(a), [a and b for b in (0, "y", None)], [a or b for b in (0, "y", None)], not a)

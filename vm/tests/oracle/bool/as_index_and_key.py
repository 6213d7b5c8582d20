# bools index sequences and share dict keys with 0 and 1.
l = ["a", "b"]
print(l[True], l[False], "xy"[True], (1, 2)[-True], l[True:], {True: 1, 1: 2, 1.0: 3}, {False, 0, 0.0})
print(True + True, True * 10, sum([True] * 5), [True] * 2, "ab" * True, "ab" * False)

# The harness itself: output, big ints, floats and an uncaught error.
print(1, 2**100, 1 / 3, "é")
print([1, (2, 3), {"a": None}])
raise ValueError("the end")

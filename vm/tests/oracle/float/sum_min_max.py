# sum, min and max over floats, ints and specials.
vals = [1.5, 2, -0.5, 1e-10, 3.0]
print(sum(vals), min(vals), max(vals), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
print(max(1, 1.0), max(1.0, 1), min(0.0, -0.0), min(-0.0, 0.0), max([2.0, float("nan")]), max([float("nan"), 2.0]))
print(sorted([3.5, -1, 2, float("inf"), -float("inf"), 0.0]))

# min/max/sum over lists of plain numbers take a fast path: it must agree
# with the general one on ties, NaN, signed zeros and overflow.
nan = float("nan")
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([2.0, nan, 1.0]), min([nan, 2.0]))
print(max([1.5, 2.5, 2.5]), min([-0.0, 0.0]), max([0.0, -0.0]), max([3]), min((7, 7, 1)))
print(sum([1, 2.5, 3]), sum([2.5, 1]), sum((1, 2), 0.5), sum([9223372036854775807, 1]), sum([1.0, True]))
print(max([1, 2.5]), min([2.5, 1]), max([True, 2]))

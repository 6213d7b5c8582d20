print(sum(x for x in range(5)), max((x % 3 for x in range(10)), default=None), "".join(c for c in "abc" if c != "b"))
print(sorted(x for x in {3, 1, 2}), list(x for x in ()), tuple(x * 2 for x in [1]))

# abs, min, max and sum over mixed small and big ints.
vals = [3, -(2**70), 2**64, -1, 0, 10**20, True]
print(min(vals), max(vals), sum(vals), sum(vals, 10**30), [abs(v) for v in vals])
print(sorted(vals), sorted(vals, reverse=True), max(vals, key=abs), min(vals, key=lambda v: -v))
print(sum(range(10**5)), sum([2**62] * 8), abs(-(2**63)), abs(-(2**31)))

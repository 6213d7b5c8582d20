# Arrays through iteration, sum, max, sorted, list and enumerate.
import array
for c, v in (("i", [3, -1, 2]), ("f", [0.5, 1.5]), ("B", [9, 0, 255]), ("Q", [2**63, 1])):
    a = array.array(c, v)
    print(c, list(a), sum(a), max(a), min(a), sorted(a), list(enumerate(a)), [x * 2 for x in a], list(reversed(a)) if hasattr(a, "__reversed__") else list(a)[::-1])

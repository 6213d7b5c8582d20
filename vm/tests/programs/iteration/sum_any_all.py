print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2.5]), sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([True, True, False]))
print(sum(x * x for x in range(4)), sum({1: 0, 2: 0}), sum({1.5, 2.5}), sum([-1, 1]), sum([1j, 2]), sum([], 7))
print(sum([2 ** 64, -2 ** 64]), sum([9223372036854775807, 1]), sum([-9223372036854775808, -1]), sum([1.0, 2 ** 70]))
print(any([]), any([0, "", None]), any([0, 1]), any(x > 3 for x in range(5)), any("a"), any({0: 1}))
print(all([]), all([1, "a", [0]]), all([1, 0]), all(x < 5 for x in range(5)), all(""), all({0: 1}))
# any/all stop at the first decisive item
def noisy(values):
    for v in values:
        print("  saw", v)
        yield v
print(any(noisy([0, 2, 0, 3])))
print(all(noisy([1, 0, 1])))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: sum(5))
attempt(lambda: sum(["a", "b"]))
attempt(lambda: sum([1, "a"]))
attempt(lambda: sum([[1]]))
attempt(lambda: any(5))
attempt(lambda: all(None))
attempt(lambda: sum())

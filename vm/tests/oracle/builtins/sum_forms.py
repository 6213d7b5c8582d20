print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(101)), sum([[1], [2]], []))
print(sum((1, 2), 0.5), sum([True, True, False]), sum(x for x in range(4)), sum([10 ** 20, 1]))
for f in (lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

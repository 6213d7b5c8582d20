print(max(1, 2), max([3, 1, 2]), max("abc"), max([1, 5], [2]), max((1, "b"), (1, "a")))
print(min(4, 2, 8), min([3.5, 1]), min("zya"), min([[2], [1, 9]]))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max("a", "B", key=str.lower))
print(max([], default="empty"), min([], default=None), max([7], default=0))
for f in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

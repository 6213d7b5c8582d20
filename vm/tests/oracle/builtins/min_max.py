# min and max with iterables, several args, key and default
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max([], default="none"), min((), default=0))
print(max((1, "a"), (1, "b")), min([[2], [1, 5]]))
for bad in ("min([])", "max()", "max(1)"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)

def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return -1
print([safe_int(x) for x in ("1", "a", "2.5", "-3")])
print(sum(safe_int(x) for x in "1 2 x 4".split()))

def key(v):
    if v == 3:
        raise ValueError("three")
    return v
l = [1, 3, 2]
try:
    l.sort(key=key)
except ValueError as e:
    print("ValueError", e, l)

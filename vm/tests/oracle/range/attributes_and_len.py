r = range(2, 20, 3)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[2], list(r))
e = range(5, 1)
print(len(e), list(e), bool(e), bool(r))
n = range(10, 0, -3)
print(list(n), len(n), n[-1], n.step)
try:
    r[100]
except IndexError as e:
    print("IndexError", e)

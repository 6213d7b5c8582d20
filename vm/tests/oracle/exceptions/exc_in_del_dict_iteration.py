d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
    print("no error", len(s) > 2)
except RuntimeError as e:
    print("RuntimeError", e)

d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
    print("no error", d)
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
for k in list(d):
    d[k + 1] = 0
print(d)

# break, continue and return through finally in loops
def f():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f())
def g():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print("g finally", i)
print(g())

log = []
def v(n):
    log.append(n)
    return n
d = {}
d[v("key")] = v("value")
print(log)
log.clear()
a = [0, 0]
a[v(0)], a[v(1)] = v("x"), v("y")
print(log, a)

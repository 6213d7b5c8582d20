log = []
def t(v):
    log.append(v)
    return v
r = [t(x) for x in range(3) if t(x * 10) is not None]
print(r, log)
log.clear()
g = (t(x) for x in range(3))
print(log)
next(g)
print(log)

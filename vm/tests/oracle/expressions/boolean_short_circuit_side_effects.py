log = []
def f(v, tag):
    log.append(tag)
    return v
r = f(0, "a") or f(0, "b") or f(3, "c") or f(4, "d")
print(r, log)
log.clear()
r = f(1, "a") and f(0, "b") and f(3, "c")
print(r, log)
log.clear()
r = not f([], "x") and f("yes", "y")
print(r, log)

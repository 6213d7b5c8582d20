log = []
def t(v):
    log.append(v)
    return v
print(all(t(x) for x in [1, 0, 2]), log)
log.clear()
print(any(t(x) for x in [0, 3, 4]), log)

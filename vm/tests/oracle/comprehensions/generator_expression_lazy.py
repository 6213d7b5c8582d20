log = []
def src():
    for i in range(5):
        log.append(i)
        yield i
g = (x * 10 for x in src() if x % 2)
print(log)
print(next(g), log)
print(list(g), log)

class Counter:
    def __init__(self):
        self.n = 0
def make(c):
    def inc():
        c.n += 1
        return c.n
    return inc
c = Counter()
inc = make(c)
inc(); inc()
print(c.n, inc())

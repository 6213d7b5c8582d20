# objects that keep state across method calls
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self, k=1):
        self.n += k
        return self
c = Counter()
c.tick().tick().tick(5)
print(c.n)
cs = [Counter() for _ in range(3)]
for i, x in enumerate(cs):
    x.tick(i)
print([x.n for x in cs])

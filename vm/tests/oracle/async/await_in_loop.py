class Tick:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        yield self.n
        return self.n * 10
async def main():
    total = 0
    for i in range(3):
        total += await Tick(i)
    return total
c = main()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print(steps, e.value)

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(4)), sum(Count(10)), tuple(Count(0)))
c = Count(2)
print(next(c), next(c), next(c, "end"))
for v in Count(3):
    print("v", v)
print(sorted(Count(3), reverse=True), max(Count(5)), 2 in Count(3))

# __iter__ and __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
class Wrap:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(list(Wrap("ab")), [x * 2 for x in Wrap([1, 2])], dict.fromkeys(Wrap("xy")))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError")

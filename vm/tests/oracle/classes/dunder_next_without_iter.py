class OnlyNext:
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
o = OnlyNext()
print(next(o), next(o), next(o, "done"))
try:
    for v in OnlyNext():
        print(v)
except TypeError as e:
    print("TypeError", e)

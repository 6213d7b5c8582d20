class N:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return NotImplemented
try:
    N() < N()
except TypeError as e:
    print("TypeError", e)
try:
    N() < 1
except TypeError as e:
    print("TypeError", e)

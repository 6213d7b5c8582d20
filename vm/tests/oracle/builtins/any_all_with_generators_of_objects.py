class T:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(any([T(False), T(True)]), all([T(True), T(False)]), all(T(True) for _ in range(3)))

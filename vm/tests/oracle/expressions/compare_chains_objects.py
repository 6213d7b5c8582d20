class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n
a, b, c = V(1), V(2), V(0)
print(a < b < c)
print(a < c < b)
print(c < a < b)

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("seq index out of range")
        return i * i
s = Seq(5)
print(s[0], s[-1], list(s), len(s), 16 in s, 15 in s)
try:
    s[5]
except IndexError as e:
    print("IndexError", e)

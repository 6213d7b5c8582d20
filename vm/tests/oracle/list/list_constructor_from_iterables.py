print(list("abc"), list(b"ab"), list((1, 2)), list({"k": 1}), list({3}), list(range(3)), list(map(abs, [-1])), list(iter([])))
class It:
    def __iter__(self):
        return iter([7, 8])
print(list(It()))

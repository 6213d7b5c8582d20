# `in` without __contains__ falls back to iteration
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
class GI:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(10 in GI(), 15 in GI())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print("TypeError", e)

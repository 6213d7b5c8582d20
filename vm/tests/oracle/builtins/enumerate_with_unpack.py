for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a + b)
print(dict(enumerate("xyz")), list(enumerate(range(0))))
try:
    e = enumerate("ab", 10 ** 20)
    print(next(e))
except OverflowError as e:
    print("OverflowError", e)

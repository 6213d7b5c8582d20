print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)))
print(list(enumerate("ab", start=-3)), list(enumerate(range(3), 10)))
e = enumerate([10, 20])
print(next(e), next(e), next(e, "end"))
print(type(e).__name__)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)

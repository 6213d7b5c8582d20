# tuple() from every kind of iterable
print(tuple(), tuple([]), tuple(()), tuple(""))
print(tuple([1, 2]), tuple("ab"), tuple(b"ab"), tuple(range(4)))
print(tuple({5: 1}), tuple(x * 2 for x in range(3)))
t = (1, 2)
print(tuple(t) is t)
try:
    tuple(1)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError", e)

print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"ab"), list(x for x in [1]))
print(tuple(), tuple("ab"), tuple([1]), tuple({5}), tuple(range(2)), tuple(iter([3])))
l = [1, 2]
print(list(l) is l, tuple(t := (1, 2)) is t)
for bad in (5, None):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    tuple(1.5)
except TypeError as e:
    print("TypeError", e)

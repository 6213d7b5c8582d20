print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
for bad in (1, None, 2.5):
    try:
        tuple(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    tuple([1], [2])
except TypeError as e:
    print("TypeError", e)

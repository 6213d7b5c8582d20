print([1, 2] == [1, 2], [1, 2] != [2, 1], [] < [1], [1, 2] < [1, 3], [2] > [1, 99], [1, 2] <= [1, 2], [3] >= [3, 0])
print(1 in [1, 2], [1] in [[1]], "a" in ["ab"], None in [None], 1.0 in [1])
try:
    print([1] < ["a"])
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)

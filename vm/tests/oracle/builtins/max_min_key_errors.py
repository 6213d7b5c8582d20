try:
    max([1, 2], key=len)
except TypeError as e:
    print("TypeError", e)
try:
    min("a", 1)
except TypeError as e:
    print("TypeError", e)
print(max("abc", "abd", "ab"), min([3, 1], [2, 5]), max((1, 2), (1, 2, 0)))

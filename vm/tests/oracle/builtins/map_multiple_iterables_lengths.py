print(list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(map(max, [1, 5], [4, 2])), list(map(len, ["", "ab", [1]])))

print(sum([1, 2], 10), sum([], 5), sum([0.1] * 10), sum([[1], [2, 3]], [0]), sum(((1,), (2,)), ()))
print(sum(range(10 ** 4)), sum(i * i for i in range(10)), sum([2 ** 64, 2 ** 64]))

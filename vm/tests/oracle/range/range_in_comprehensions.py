print([i for i in range(0, 20, 5)], {i % 3 for i in range(10)}, sum(range(1, 101)))
print(list(zip(range(3), range(10, 13))))

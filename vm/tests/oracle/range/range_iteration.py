# iterating ranges forwards and backwards
print(list(range(0)), list(range(1)), list(range(-2, 2)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print([i for i in range(3, 30, 7)], sum(range(1, 11)), max(range(5)), min(range(5, 10)))
for i in range(3, 0, -1):
    print(i, end=" ")
print()

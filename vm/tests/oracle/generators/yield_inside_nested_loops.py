def pairs(n):
    for i in range(n):
        for j in range(i):
            if (i + j) % 3 == 0:
                continue
            yield i, j
print(list(pairs(5)))

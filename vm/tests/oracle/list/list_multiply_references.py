row = [0]
grid = [row] * 3
row[0] = 5
print(grid)
g2 = [[0] * 2 for _ in range(2)]
g2[0][0] = 1
print(g2)

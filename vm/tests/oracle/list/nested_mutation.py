grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[0][0] = 9
print(alias)
l = [1, 2]
l.append(l[:])
print(l)
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)

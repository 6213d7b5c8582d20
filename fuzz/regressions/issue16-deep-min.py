# Issue #16: min on lists nested 100,000 deep (the issue: a million) aborted the process
x = []
for _ in range(100000):
    x = [x]
y = [[]]
for _ in range(100000):
    y = [y]
min(x, y)

# Issue #16: list.count on lists nested 100,000 deep (the issue: a million) aborted the process
x = []
y = []
for _ in range(100000):
    x = [x]
    y = [y]
[x, x].count(y)

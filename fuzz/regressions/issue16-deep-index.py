# Issue #16: list.index on lists nested 100,000 deep (the issue: a million) aborted the process
x = []
for _ in range(100000):
    x = [x]
[[1], x].index([x])

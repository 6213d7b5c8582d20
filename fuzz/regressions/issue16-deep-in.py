# Issue #16: in on lists nested 100,000 deep (the issue: a million) aborted the process
x = []
for _ in range(100000):
    x = [x]
y = [x]
print(x in [[1], y])

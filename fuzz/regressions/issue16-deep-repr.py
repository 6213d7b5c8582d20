# Issue #16: repr of lists nested 100,000 deep (the issue: a million)
x = []
for _ in range(100000):
    x = [x]
repr(x)

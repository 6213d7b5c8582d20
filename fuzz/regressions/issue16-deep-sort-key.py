# Issue #16: sort keys nested 100,000 deep
def deep(n):
    x = [n]
    for _ in range(100000):
        x = [x]
    return x


[1, 2].sort(key=deep)

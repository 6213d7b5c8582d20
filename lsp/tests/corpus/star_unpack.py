a, *rest = [1, 2, 3]
first, *mid, last = range(5)
print(a, rest, first, mid, last)
print(*rest, sep="-")

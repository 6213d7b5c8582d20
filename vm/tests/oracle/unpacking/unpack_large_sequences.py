a, *b = range(1000)
print(a, len(b), b[-1])
*c, d = "x" * 500
print(len(c), d)

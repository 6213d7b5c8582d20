# repr and str of simple fractions.
for x in [1/2, 1/3, 2/3, 1/7, 1/10, 3/10, 7/100, 1/1024, 22/7]:
    print(repr(x), str(x), x)
print([1/2, 1/3, 2/3, 1/7, 1/10, 3/10, 7/100, 1/1024, 22/7])

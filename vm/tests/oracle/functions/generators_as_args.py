# passing generator expressions as the only argument
def total(it):
    return sum(it)
print(total(x for x in range(4)), sorted(x for x in "cba"), "-".join(str(i) for i in range(3)))
print(list(x for x in [1, 2]), tuple(i * i for i in range(3)), set(c for c in "aa"))

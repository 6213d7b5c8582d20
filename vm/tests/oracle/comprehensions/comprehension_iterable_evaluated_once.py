calls = []
def src():
    calls.append(1)
    return [1, 2, 3]
print([x for x in src()], len(calls))
print([(x, y) for x in src() for y in "ab"], len(calls))

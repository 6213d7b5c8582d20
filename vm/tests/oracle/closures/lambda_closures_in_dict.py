ops = {}
for name, n in (("add1", 1), ("add5", 5)):
    ops[name] = (lambda n: lambda x: x + n)(n)
print(ops["add1"](10), ops["add5"](10))

e = Exception(*range(5))
print(e.args, str(e), len(e.args))
e2 = Exception(("tuple", "arg"))
print(e2.args, str(e2))

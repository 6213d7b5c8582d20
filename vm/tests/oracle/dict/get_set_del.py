# item access, assignment, deletion
d = {"a": 1}
d["b"] = 2
d["a"] = 10
print(d["a"], d["b"], len(d), "a" in d, "z" in d, "z" not in d)
del d["a"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError", e)
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d[1], len(d))

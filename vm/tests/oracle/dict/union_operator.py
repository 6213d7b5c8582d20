# d | e and d |= e
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a | b
print(sorted(c.items()), sorted((b | a).items()), c is a)
alias = a
a |= b
print(alias is a, sorted(a.items()))
a |= {}
print(len(a))
print(sorted((a | [("k", 1)]).items()))
try:
    a | 5
except TypeError as e:
    print("TypeError", e)

d = {"a": 1, "b": 2}
k = d.keys()
for op in (lambda: k | {"c"}, lambda: k & {"a"}, lambda: k - {"a"}, lambda: sorted(k)):
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
print(len(k), list(reversed(list(k))))

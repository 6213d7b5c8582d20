print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(5)))
print(all([[]]), any([[]]), all({0: 1}), any({0: 1}))
try:
    all(5)
except TypeError as e:
    print("TypeError", e)

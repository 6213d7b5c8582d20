# sum, any and all
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([[1], [2]], []), sum((1, 2), 10))
print(any([]), any([0, "", None]), any([0, 1]), all([]), all([1, "x"]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)

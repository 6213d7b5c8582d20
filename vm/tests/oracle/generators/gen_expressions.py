# generator expressions
g = (x * x for x in range(5) if x % 2)
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc"]))
print(list((i, j) for i in range(3) for j in range(i)))
data = [3, 1, 2]
g = (x for x in data)
data.append(9)
print(list(g))

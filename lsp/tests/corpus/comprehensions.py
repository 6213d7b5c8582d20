sq = [x * x for x in range(5) if x % 2]
d = {x: x * 2 for x in range(3)}
s = {x for x in "hello"}
g = sum(x for x in range(4))
print(sq, d, sorted(s), g)

# dict and set comprehensions
print({x: x * x for x in range(5)}, {x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3)) if v}, {c for c in "hello"} == set("helo"))
print({(i, j): i * j for i in range(2) for j in range(2)})

def g():
    yield 1
    yield 2
a, b = g()
print(a, b)
x, *rest = (i * i for i in range(5))
print(x, rest)
it = iter([1, 2, 3])
first, second, third = it
print(first, second, third)
try:
    p, q = (v for v in range(3))
except ValueError as e:
    print("ValueError", e)

# unpacking in assignments from any iterable
a, b, c = "xyz"
print(a, b, c)
a, b = {1: 2, 3: 4}
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, c]] = (1, (2, 3))
print(a, b, c)
a, *b = range(1)
print(a, b)
*a, b, c = [1, 2, 3, 4]
print(a, b, c)
def gen():
    yield 1
    yield 2
x, y = gen()
print(x, y)
try:
    p, q = gen(), 
except ValueError as e:
    print("ValueError", e)

add = lambda a, b=1: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(z=1, a=2))
print((lambda a, *, b: a - b)(5, b=2))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda x: x * 2, [1, 2])))
print(type(add).__name__)

fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
h = lambda *a, **k: (a, sorted(k.items()))
print(h(1, 2, z=3, a=4))
print((lambda: None)())
print((lambda x, y=2: x ** y)(3))

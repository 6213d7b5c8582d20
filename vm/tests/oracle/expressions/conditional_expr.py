for x in (-2, 0, 3):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print((1 if True else 2) + 10)
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2)
print([f(i) for i in range(10)])
print([("e" if i % 2 == 0 else "o") for i in range(5)])
a = [] if None else [1]
print(a)

a = 10 ** 30
b = 10 ** 30
print(a == b, a is not None, 1.5 == 1.5, float("nan") == float("nan"))
n = float("nan")
print(n == n, n is n, [n] == [n], n in [n])

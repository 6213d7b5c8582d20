print((a := 5) + a)
l = [y := 1, y + 1, y + 2]
print(l, y)
def f(x):
    return (z := x * 2), z + 1
print(f(3))
data = [3, 8, 1]
print(any((hit := v) > 5 for v in data), hit)
print(all((last := v) < 5 for v in data), last)

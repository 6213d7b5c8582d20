data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
vals = []
while (x := len(vals)) < 4:
    vals.append(x * x)
print(vals, x)
print([y for v in data if (y := v * 2) > 5])
print(y)
def f():
    return [(w := i) for i in range(3)], w
print(f())

a, b = 0, 10
while a < 5 and b > 5 or a == 0:
    a += 1
    b -= 1
print(a, b)
n = 0
while not (n >= 3):
    n += 1
print(n)

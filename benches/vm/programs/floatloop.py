def integrate(n):
    total = 0.0
    dx = 1.0 / n
    x = 0.0
    for i in range(n):
        y = x * x * 0.5 + x * 1.5 + 2.0
        total += y * dx
        x += dx
    return total
print("%.6f" % integrate(3000000))

def sq(x):
    return x * x
print([sq(x) for x in range(5) if sq(x) % 2], {sq(x) for x in (-2, 2, 3)}, {x: sq(x) for x in range(3)})

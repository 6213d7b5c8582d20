d = {1: 2, 3: 4}
print(len(d.keys()), len(d.values()), len(d.items()), len(range(-5, 5, 3)), len(range(5, -5, -3)), len("\n\t"))

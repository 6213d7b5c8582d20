m = [[i * j for j in range(3)] for i in range(3)]
flat = [v for row in m for v in row]
print(flat)

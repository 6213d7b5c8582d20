m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2 == 0])
print({r: [c for c in range(r)] for r in range(4)})
print(sum(sum(x for x in row) for row in m))
print([(a, b, c) for a in range(1, 10) for b in range(a, 10) for c in range(b, 15) if a * a + b * b == c * c])

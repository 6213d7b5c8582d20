pts = ((0, 0), (1, 2), (3, 4))
for x, y in pts:
    print(x + y, end=" ")
print()
print((1, 2) in pts, (2, 1) in pts, 0 in pts[0])

r = range(10)
print(r[2:5], r[::2], r[::-1], r[1:8:3], r[-3:])
print(list(r[2:5]), list(r[::-2]), list(range(0, 20, 5)[1:]))

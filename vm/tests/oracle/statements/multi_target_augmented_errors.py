x = 1
x += 1; x *= 3
print(x)
l = [1]
l[0] += 1
l[0] **= 3
print(l)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)

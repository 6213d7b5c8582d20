l = list(range(8))
l[2:5] = ["x"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
try:
    l[-2:] = "ab"
except TypeError as e:
    print("TypeError", e)
l[-2:] = ("a", "b")
print(l)
l[3:1] = ["ins"]
print(l)
try:
    l[1:2] = 5
except TypeError as e:
    print("TypeError", e)

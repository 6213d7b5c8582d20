l = [3, 1, 2]
l.sort(key=None)
print(l)
l.sort(key=lambda v: -v)
print(l)
try:
    l.sort(key=1)
except TypeError as e:
    print("TypeError", e)

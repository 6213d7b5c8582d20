l = [5, 2, 8, 1, 9]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
w = ["bb", "a", "ccc", "dd"]
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
r = [1, 2, 3]
print(r.reverse(), r)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    l.sort(lambda a: a)
except TypeError as e:
    print("TypeError", e)

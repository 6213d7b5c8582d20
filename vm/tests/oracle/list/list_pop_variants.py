l = list("abcdef")
print(l.pop(), l.pop(0), l.pop(1), l.pop(-1), l)
try:
    l.pop("0")
except TypeError as e:
    print("TypeError", e)

t = tuple(range(10))
print(t[0], t[-1], t[2:5], t[:3], t[7:], t[-3:], t[5:2], t[100:], t[1:9:3] if False else t[1:9])
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
try:
    t["x"]
except TypeError as e:
    print("TypeError", e)

d = {"x": 1}
print(d.pop("x"), d.pop("x", None), d.pop("y", []), d)
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)

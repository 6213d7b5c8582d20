t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(7), t.index(3), t.index(1, 1), t.index(2, -2))
for args in ((9,), (3, 3)):
    try:
        t.index(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)

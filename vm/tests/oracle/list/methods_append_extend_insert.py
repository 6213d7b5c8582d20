l = []
l.append(1)
l.append([2])
l.extend((3, 4))
l.extend("ab")
l.extend(range(2))
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
l.insert(-100, "very first")
print(l)
for bad in (lambda: l.append(), lambda: l.extend(5), lambda: l.insert(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def counter():
    count = 0
    names = []
    while True:
        name = yield count
        names.append(name)
        count += 1
        if count == 3:
            return names
c = counter()
next(c)
c.send("a"); c.send("b")
try:
    c.send("c")
except StopIteration as e:
    print(e.value)

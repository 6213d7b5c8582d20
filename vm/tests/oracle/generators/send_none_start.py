def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))

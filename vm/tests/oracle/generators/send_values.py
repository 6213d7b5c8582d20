# send() resumes a generator with a value
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.args)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError", e)

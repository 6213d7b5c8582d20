# yield from delegates and returns the sub-generator's value
def sub():
    yield "a"
    yield "b"
    return "sub done"
def outer():
    r = yield from sub()
    print("returned", r)
    yield from [1, 2]
    yield from "xy"
print(list(outer()))
def echo():
    while True:
        v = yield
        print("echo", v)
def wrap():
    yield from echo()
w = wrap()
next(w)
w.send(1)
w.send(2)
w.close()

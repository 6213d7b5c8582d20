def traffic():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
t = traffic()
print([next(t) for _ in range(7)])

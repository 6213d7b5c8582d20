def make_counter(start=0, step=1):
    n = start
    def nxt():
        nonlocal n
        cur = n
        n += step
        return cur
    return nxt
a = make_counter()
b = make_counter(10, 5)
print([a() for _ in range(3)], [b() for _ in range(3)], a())

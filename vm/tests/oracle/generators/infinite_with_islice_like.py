def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(k, it):
    out = []
    for v in it:
        if len(out) == k:
            break
        out.append(v)
    return out
print(take(5, naturals()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens))
squares = (n * n for n in naturals())
print(next(squares), next(squares), next(squares))

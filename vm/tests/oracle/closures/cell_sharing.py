# several closures share one cell
def pair():
    v = []
    def put(x):
        v.append(x)
    def get():
        return list(v)
    return put, get
put, get = pair()
put(1)
put(2)
print(get())
def rebinding():
    val = 0
    def setter(n):
        nonlocal val
        val = n
    def getter():
        return val
    return setter, getter
s, g = rebinding()
s(42)
print(g())

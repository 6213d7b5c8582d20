def make():
    def add(x, acc=[]):
        acc.append(x)
        return acc
    return add
a = make()
b = make()
print(a(1), a(2), b(3))

total = 0
def outer():
    def inner(x):
        global total
        total += x
    for v in range(5):
        inner(v)
outer()
print(total)

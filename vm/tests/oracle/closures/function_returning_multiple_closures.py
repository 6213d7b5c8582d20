def stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = stack()
push(1); push(2); push(3)
print(pop(), size(), pop(), size())

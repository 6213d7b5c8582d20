def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make()
add("a"); add("b")
print(get(), add("c"), get())

# generators produce values lazily
def count(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
g = count(3)
print(type(g).__name__)
print(list(g), list(g))
print(sum(count(5)))

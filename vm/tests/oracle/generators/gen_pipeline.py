# chained generators form a pipeline
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def squared(src):
    for v in src:
        yield v * v
print(list(squared(evens(numbers(10)))))
print(sum(squared(evens(numbers(100)))))

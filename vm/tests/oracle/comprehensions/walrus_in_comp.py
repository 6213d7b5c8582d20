# assignment expressions inside comprehensions bind in the enclosing scope
data = [1, 5, 2, 8]
print([y for x in data if (y := x * 2) > 4], y)
def running(vals):
    total = 0
    return [total := total + v for v in vals], total
print(running(data))
def f():
    [last := c for c in "abc"]
    return last
print(f())

# default arguments are evaluated once
def f(x, acc=[]):
    acc.append(x)
    return acc
print(f(1), f(2), f(3, []))
n = 5
def g(v=n):
    return v
n = 6
print(g(), g(7))
def h(a, b=2, c=3):
    return a, b, c
print(h(1), h(1, c=9), h(a=0), h(1, 2, 3))

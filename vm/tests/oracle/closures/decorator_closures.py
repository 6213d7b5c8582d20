def repeat(times):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    try:
        w.cache = cache
    except AttributeError:
        print("no function attributes")
    w.size = lambda: len(cache)
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40))
print(hasattr(fib, "size"), hasattr(fib, "cache"))

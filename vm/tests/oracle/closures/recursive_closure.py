def make():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make()(10))
def outer():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even
print(outer()(10), outer()(7))

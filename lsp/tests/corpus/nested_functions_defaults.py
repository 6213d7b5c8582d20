def make(n=3):
    def inner(k=n):
        return k
    return inner
print(make()())

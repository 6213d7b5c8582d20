class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0] is None)
def g():
    with CM():
        yield 1
        yield 2
for v in g():
    print("got", v)
it = g()
next(it)
it.close()
print("closed")

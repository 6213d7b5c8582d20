def f():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 0:
                return "returned at %d" % i
print(f())

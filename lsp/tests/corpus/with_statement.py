class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with Ctx() as c, Ctx() as d:
    print(c is not d)

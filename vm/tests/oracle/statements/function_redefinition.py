def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
class A:
    def m(self):
        return "first"
    def m(self):
        return "second"
print(A().m())

# code in the class body runs once, at definition
print("before")
class K:
    print("in body")
    x = 1
    y = x + 1
    def f(self):
        return self.y
    z = [x * i for i in range(3)]
print("after", K.x, K.y, K().f())
def factory(n):
    class Local:
        val = n
    return Local
print(factory(1).val, factory(2).val, factory(1) is factory(1))

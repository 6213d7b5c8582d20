# names in class bodies are not visible from methods
x = "global"
class C:
    x = "class"
    def m(self):
        return x
    y = x
print(C().m(), C.y)
def f():
    x = "local"
    class D:
        z = x
    return D.z
print(f())

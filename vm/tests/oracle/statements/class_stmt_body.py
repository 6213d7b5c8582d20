class C:
    print("body runs")
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
    def m(self):
        return self.x
print(C.x, C.y, C().m(), hasattr(C, "i"))
class D(C):
    y = C.y * 10
print(D.x, D.y)

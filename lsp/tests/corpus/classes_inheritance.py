class A:
    def __init__(self, v):
        self.v = v
    def show(self):
        return self.v
class B(A):
    def show(self):
        return super().show() * 2
print(B(3).show())

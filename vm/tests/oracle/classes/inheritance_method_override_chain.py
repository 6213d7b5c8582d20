class A:
    def greet(self):
        return "A"
    def hello(self):
        return "hello from " + self.greet()
class B(A):
    def greet(self):
        return "B"
class C(B):
    pass
print(A().hello(), B().hello(), C().hello())

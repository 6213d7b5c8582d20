# super() inside nested functions and with explicit arguments
class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B>" + super(B, self).f()
    def g(self):
        def inner():
            return super(B, self).f()
        return inner()
print(B().f(), B().g(), super(B, B()).f())
class C(B):
    def f(self):
        return "C>" + super().f()
print(C().f())

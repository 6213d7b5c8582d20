class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f() + super(B, self).f()
print(B().f())
try:
    super()
except (RuntimeError, TypeError) as e:
    print("RuntimeError", e)

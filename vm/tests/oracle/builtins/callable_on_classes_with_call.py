class A:
    pass
class B:
    def __call__(self):
        return 1
print(callable(A), callable(A()), callable(B()), callable(B.__call__), callable(print), callable("print"))

class A(object):
    def f(self):
        return "f"
print(A().f(), issubclass(A, object), A.__name__)

class A:
    pass
print(isinstance(A, type), isinstance(A(), type), isinstance(type, type), type(A) is type, isinstance(A, object))

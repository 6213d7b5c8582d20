class A:
    pass
print(hasattr(A, "__mro__"), hasattr(A, "mro"))

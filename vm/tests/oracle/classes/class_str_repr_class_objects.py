class A:
    pass
print(A, str(A), repr(A), [A])
print(int, str, list, object)

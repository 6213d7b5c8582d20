class A:
    pass
print(A().missing_attr)

class C:
    pass
try:
    C[int]
except TypeError as e:
    print("TypeError", e)

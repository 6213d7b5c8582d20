class C:
    a = 1
    b = 2
del C.a
print(hasattr(C, "a"), C.b)
try:
    del C.zz
except AttributeError as e:
    print("AttributeError", e)

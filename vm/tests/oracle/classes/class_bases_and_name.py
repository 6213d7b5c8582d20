class A: pass
class B(A): pass
class C(B): pass
print(A.__name__, B.__bases__ if hasattr(B, "__bases__") else "no bases", C.__name__)
print([k.__name__ for k in (object, int, A)])

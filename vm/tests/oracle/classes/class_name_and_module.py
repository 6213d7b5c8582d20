class Outer:
    class Inner:
        pass
print(Outer.__name__, Outer.Inner.__name__, type(Outer()).__name__)
print(Outer.__module__ if hasattr(Outer, "__module__") else "no module")
print(type(Outer).__name__, type(int).__name__, type(type).__name__)
print(Outer.__bases__ if hasattr(Outer, "__bases__") else "-")

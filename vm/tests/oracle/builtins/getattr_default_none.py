class C:
    x = 1
print(getattr(C, "x"), getattr(C(), "x"), getattr(C, "y", None), getattr(C(), "__class__").__name__)
print(getattr("s", "upper")(), getattr([], "append") is not None, getattr(1, "real", "n/a"))

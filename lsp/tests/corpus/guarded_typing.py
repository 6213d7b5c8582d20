try:
    import typing
except ImportError:
    pass
def f(x: int) -> int:
    return x
print(f(1))

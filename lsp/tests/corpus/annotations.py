x: int = 5
y: list = []
def f(a: int, b: str = "x") -> bool:
    return True
class P:
    z: int = 0
print(x, f(1), P.z)

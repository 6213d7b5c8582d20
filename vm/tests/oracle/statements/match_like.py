# dispatch through a dict of functions
def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b}
for expr in ("1 + 2", "7 - 10", "3 * 4", "2 / 1"):
    a, op, b = expr.split()
    f = ops.get(op)
    print(expr, "=", f(int(a), int(b)) if f else "unknown op")

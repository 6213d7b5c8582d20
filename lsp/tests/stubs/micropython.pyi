"""MicroPython internals."""

def const(expr: int) -> int:
    """Declare a constant the compiler may inline."""

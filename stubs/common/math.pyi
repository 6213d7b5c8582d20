"""Floating-point mathematics. Results are single precision on boards whose floats are 32-bit.

Arguments outside a function's domain raise `ValueError("math domain error")`.
"""

from typing import Final, SupportsFloat

_F = SupportsFloat

e: Final[float]
"""Euler's number, 2.718..."""
pi: Final[float]
"""The ratio of a circle's circumference to its diameter, 3.14159..."""
tau: Final[float]
"""Two pi, a full turn in radians."""
inf: Final[float]
"""Positive infinity."""
nan: Final[float]
"""A "not a number" value."""

def acos(x: _F, /) -> float:
    """Return the arc cosine of `x` (-1 to 1), in radians 0 to pi."""

def acosh(x: _F, /) -> float:
    """Return the inverse hyperbolic cosine of `x` (at least 1)."""

def asin(x: _F, /) -> float:
    """Return the arc sine of `x` (-1 to 1), in radians -pi/2 to pi/2."""

def asinh(x: _F, /) -> float:
    """Return the inverse hyperbolic sine of `x`."""

def atan(x: _F, /) -> float:
    """Return the arc tangent of `x`, in radians -pi/2 to pi/2."""

def atan2(y: _F, x: _F, /) -> float:
    """Return the angle of the point (x, y) from the positive x axis, in radians -pi to pi."""

def atanh(x: _F, /) -> float:
    """Return the inverse hyperbolic tangent of `x` (strictly between -1 and 1)."""

def ceil(x: _F, /) -> int:
    """Return the smallest integer not less than `x`."""

def copysign(x: _F, y: _F, /) -> float:
    """Return `x`'s magnitude with `y`'s sign."""

def cos(x: _F, /) -> float:
    """Return the cosine of `x` radians."""

def cosh(x: _F, /) -> float:
    """Return the hyperbolic cosine of `x`."""

def degrees(x: _F, /) -> float:
    """Convert `x` from radians to degrees."""

def erf(x: _F, /) -> float:
    """Return the error function of `x`."""

def erfc(x: _F, /) -> float:
    """Return the complementary error function of `x`, 1 - erf(x)."""

def exp(x: _F, /) -> float:
    """Return e raised to the power `x`."""

def expm1(x: _F, /) -> float:
    """Return exp(x) - 1, accurately for small `x`."""

def fabs(x: _F, /) -> float:
    """Return the absolute value of `x` as a float."""

def factorial(x: int, /) -> int:
    """Return x! for a non-negative integer; negative `x` raises `ValueError`."""

def floor(x: _F, /) -> int:
    """Return the largest integer not greater than `x`."""

def fmod(x: _F, y: _F, /) -> float:
    """Return the remainder of x / y with the sign of `x`."""

def frexp(x: _F, /) -> tuple[float, int]:
    """Split `x` into (mantissa, exponent) with x == mantissa * 2**exponent and 0.5 <= abs(mantissa) < 1."""

def gamma(x: _F, /) -> float:
    """Return the gamma function of `x`."""

def isclose(a: _F, b: _F, *, rel_tol: _F = 1e-09, abs_tol: _F = 0.0) -> bool:
    """Return whether `a` and `b` are equal within a relative or an absolute tolerance."""

def isfinite(x: _F, /) -> bool:
    """Return True unless `x` is infinite or NaN."""

def isinf(x: _F, /) -> bool:
    """Return True if `x` is positive or negative infinity."""

def isnan(x: _F, /) -> bool:
    """Return True if `x` is NaN."""

def ldexp(x: _F, exp: int, /) -> float:
    """Return x * 2**exp."""

def lgamma(x: _F, /) -> float:
    """Return the natural logarithm of the gamma function of `x`."""

def log(x: _F, base: _F = ..., /) -> float:
    """Return the natural logarithm of `x`, or its logarithm to `base` if given; x <= 0 raises `ValueError`."""

def log10(x: _F, /) -> float:
    """Return the base-10 logarithm of `x`."""

def log2(x: _F, /) -> float:
    """Return the base-2 logarithm of `x`."""

def modf(x: _F, /) -> tuple[float, float]:
    """Return the fractional and integer parts of `x`, both with its sign."""

def pow(x: _F, y: _F, /) -> float:
    """Return `x` raised to the power `y` as a float."""

def radians(x: _F, /) -> float:
    """Convert `x` from degrees to radians."""

def sin(x: _F, /) -> float:
    """Return the sine of `x` radians."""

def sinh(x: _F, /) -> float:
    """Return the hyperbolic sine of `x`."""

def sqrt(x: _F, /) -> float:
    """Return the square root of `x`; negative `x` raises `ValueError`."""

def tan(x: _F, /) -> float:
    """Return the tangent of `x` radians."""

def tanh(x: _F, /) -> float:
    """Return the hyperbolic tangent of `x`."""

def trunc(x: _F, /) -> int:
    """Return `x` with its fractional part removed, as an integer."""

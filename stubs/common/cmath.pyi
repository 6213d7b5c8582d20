"""Mathematics on complex numbers."""

from typing import Final, SupportsComplex, SupportsFloat

_C = SupportsComplex | SupportsFloat | complex

e: Final[float]
"""Euler's number, 2.718..."""
pi: Final[float]
"""The ratio of a circle's circumference to its diameter, 3.14159..."""

def cos(z: _C, /) -> complex:
    """Return the cosine of `z`."""

def exp(z: _C, /) -> complex:
    """Return e raised to the power `z`."""

def log(z: _C, /) -> complex:
    """Return the natural logarithm of `z` (the branch cut is along the negative real axis)."""

def log10(z: _C, /) -> complex:
    """Return the base-10 logarithm of `z`."""

def phase(z: _C, /) -> float:
    """Return the angle of `z` from the positive real axis, in radians -pi to pi."""

def polar(z: _C, /) -> tuple[float, float]:
    """Return (modulus, phase) of `z`."""

def rect(r: SupportsFloat, phi: SupportsFloat, /) -> complex:
    """Return the complex number with modulus `r` and phase `phi`."""

def sin(z: _C, /) -> complex:
    """Return the sine of `z`."""

def sqrt(z: _C, /) -> complex:
    """Return the square root of `z`."""

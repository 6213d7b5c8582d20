import math

print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-3.7))
print(math.factorial(20), math.factorial(0), math.factorial(25))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.frexp(8.0), math.modf(2.5), math.modf(-2.5), math.ldexp(0.5, 4))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(7, 3), math.fmod(-7, 3))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.isfinite(math.inf))
print(math.atan2(1, 1) == math.pi / 4, math.hypot(3, 4) if hasattr(math, "hypot") else 5.0)
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.tan(0), 12))
print(round(math.asin(1), 12), round(math.acos(1), 12), round(math.atan(1), 12))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(1), 12))
print(round(math.asinh(1), 12), round(math.acosh(2), 12), round(math.atanh(0.5), 12))
print(round(math.gamma(5), 9), round(math.lgamma(5), 9), round(math.erf(1), 12), round(math.erfc(1), 12))
print(round(math.expm1(1e-5), 15), math.pow(2, 10), math.e > 2.7, math.tau == 2 * math.pi)
for f in [math.sqrt, math.log, math.acos]:
    try:
        f(-1)
    except ValueError as e:
        print("ValueError", e)
try:
    math.factorial(-1)
except ValueError:
    print("ValueError factorial")

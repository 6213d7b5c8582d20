# inf, nan and -0.0 through pow, fmod, modf, divmod and complex.
import math

inf, nan = float("inf"), float("nan")
print(repr(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), str(-0.0 * 1))
print(math.fmod(5.5, 2), math.fmod(-5.5, 2), math.modf(2.5), math.modf(-0.0))
print(math.modf(inf), math.modf(-inf), math.isnan(math.modf(nan)[0]))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 0.5 ** inf, 2 ** -inf)
print(pow(-inf, 3), pow(-inf, 2), pow(-0.0, -1 if False else 3))
for f in (lambda: math.fmod(inf, 1), lambda: 0.0 ** -1, lambda: divmod(1.0, 0.0), lambda: 1 % 0.0):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(complex(inf, 0), complex(0, nan), complex(1, -0.0))
print(abs(complex(3, 4)), complex(1, 2) * complex(inf, 0) == complex(1, 2) * complex(inf, 0))
print(inf > 10**400, -inf < -(10**400), nan == nan, nan != nan, [nan] == [nan])

# math's constants and their relations.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.tau == 2 * math.pi, math.isnan(math.nan), math.inf > 1e308, type(math.pi).__name__)
print(repr(math.pi * 2), repr(math.e ** 2), math.pi / 2, round(math.pi, 4))

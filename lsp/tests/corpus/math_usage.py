import math
print(math.sqrt(4), math.pi > 3, math.floor(2.5), math.isnan(float("nan")))

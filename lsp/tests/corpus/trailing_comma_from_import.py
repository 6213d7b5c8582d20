from math import sqrt,

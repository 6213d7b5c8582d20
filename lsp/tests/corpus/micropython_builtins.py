print(__name__, __debug__)
import sys
print(sys.implementation.name)

data = [4, 9, 1, 16]
print([s for v in data if (s := v // 2) > 1])
import math
print([(v, r) for v in data if (r := int(math.sqrt(v))) * r == v])
def running(data):
    total = 0
    return [total := total + v for v in data], total
print(running(data))

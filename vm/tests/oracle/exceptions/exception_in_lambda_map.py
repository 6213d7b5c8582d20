try:
    list(map(lambda v: 10 // v, [5, 0]))
except ZeroDivisionError as e:
    print("map", e)
try:
    list(filter(lambda v: v.nope, [1]))
except AttributeError as e:
    print("filter AttributeError")
try:
    sorted([3, 1], key=lambda v: {}[v])
except KeyError as e:
    print("sorted key", e)

print(abs(0), abs(-7), abs(7), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-(10 ** 30)))
print(abs(float("-inf")), abs(3 - 4j) if True else 0)
for bad in ("s", [1], None, {}):
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError", e)

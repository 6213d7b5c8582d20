print(float(), float(1), float("1.5"), float("  -2.25 "), float("1e3"), float(".5"), float("5."), float(True))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("-iNF"))
for bad in ("", "abc", "1.2.3", "1e", "- 1"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ([], None):
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)

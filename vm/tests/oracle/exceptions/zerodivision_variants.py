for a, b in ((1, 0), (1.0, 0), (1, 0.0), (0, 0), (-5, 0)):
    for op in ("/", "//", "%"):
        try:
            eval("a %s b" % op, {"a": a, "b": b})
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("pow", e)

cases = [lambda: int("x"), lambda: int("12", 1), lambda: float("a"), lambda: chr(-1), lambda: chr(0x110000),
         lambda: ord(""), lambda: ord("ab"), lambda: [].index(1), lambda: "a,b".split(""), lambda: range(1, 2, 0),
         lambda: int("1_"), lambda: bytes(-1), lambda: "abc".index("d"), lambda: (1, 2).index(3)]
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

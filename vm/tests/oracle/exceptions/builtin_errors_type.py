cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: len(5), lambda: iter(5), lambda: next([1]),
         lambda: [] < 1, lambda: hash([]), lambda: hash({}), lambda: int([]), lambda: float([]),
         lambda: "a" * "b", lambda: None(), lambda: sum(["a"]), lambda: sorted([1, "a"]), lambda: {}.get(),
         lambda: abs("a"), lambda: ord(1), lambda: chr("a")]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError", e)

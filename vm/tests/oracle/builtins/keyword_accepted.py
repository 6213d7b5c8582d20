print(sorted([3, 1], key=None, reverse=True), max([1, 2], key=lambda v: -v), min([], default=7))
for name, f in (("int base", lambda: int("10", base=2)), ("round ndigits", lambda: round(2.567, ndigits=1)),
                ("enumerate start", lambda: list(enumerate("ab", start=5))), ("str.split sep", lambda: "x y".split(sep=None)),
                ("bytes encoding", lambda: bytes("hi", encoding="utf-8")), ("dict kw", lambda: dict(a=1, b=2)),
                ("print sep", lambda: print(1, 2, sep="+")), ("sorted key", lambda: sorted("ba", key=ord)),
                ("str.encode", lambda: "a".encode(encoding="utf-8")), ("list.sort", lambda: [2, 1].sort(reverse=True))):
    try:
        print(name, f())
    except (TypeError, NotImplementedError) as e:
        print(name, type(e).__name__, e)

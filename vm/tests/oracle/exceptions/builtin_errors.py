# the messages of common runtime errors
tests = ["1 + 'a'", "'a' + 1", "[1][5]", "{}['k']", "undefined_name", "None.attr", "int('x')", "1 / 0", "1 % 0",
         "len(5)", "iter(5)", "next(iter([]))", "(1, 2).x", "abs('s')", "[].pop()", "{}.popitem()", "'abc'.index('z')",
         "[1, 2].index(3)", "int(None)", "hash([])", "ord('ab')", "divmod(1, 0)", "object().x"]
for t in tests:
    try:
        eval(t)
    except Exception as e:
        print(t, "->", type(e).__name__, e)

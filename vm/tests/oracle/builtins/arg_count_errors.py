tests = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1), lambda: divmod(1),
         lambda: getattr(1), lambda: hasattr(1), lambda: setattr(1, "a"), lambda: chr(), lambda: ord(),
         lambda: pow(1), lambda: iter(), lambda: next(), lambda: hash(), lambda: repr(), lambda: sorted()]
for t in tests:
    try:
        t()
        print("accepted")
    except TypeError as e:
        print("TypeError", e)

vals = [0, 1, -1, 0.0, 0.5, "", "a", b"", b"x", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in vals:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

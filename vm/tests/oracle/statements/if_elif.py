# if / elif / else chains and truthiness
for v in (0, 1, -1, "", "a", [], [0], None, 0.0, {}, (), 2):
    if not v:
        r = "falsy"
    elif v == 1:
        r = "one"
    elif isinstance(v, str):
        r = "str"
    else:
        r = "other"
    print(repr(v), r)

# str.join over lists, tuples, generators, dict keys and strings.
for sep in ("", ",", " - ", "é"):
    print(repr(sep.join([])), repr(sep.join(["a"])), repr(sep.join(("x", "y", "z"))), repr(sep.join(c for c in "abc")), repr(sep.join({"k": 1, "j": 2})), repr(sep.join("xyz")))

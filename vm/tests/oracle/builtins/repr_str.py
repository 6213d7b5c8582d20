# repr and str of the basic values
for v in (1, -0, 1.5, "s", "it's", 'say "hi"', "tab\t", b"\x00ab", None, True, [1, "a"], (1,), {1: "b"}, set(), print, len):
    print(repr(v), str(v))

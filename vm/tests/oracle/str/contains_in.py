# The in operator on strs: substrings, empty strings, and non-str operands.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for sub in ("", "a", "bc", "abcd", "é", "x"):
    print(repr(sub), sub in "abc", sub in "", sub in "éa")
print(r(lambda: 1 in "abc"), r(lambda: b"a" in "abc"), r(lambda: None in "abc"))

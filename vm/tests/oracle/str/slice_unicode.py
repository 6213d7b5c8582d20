# Slices of non-ASCII strings count characters, not bytes.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "aé日b€ç"
print([s[i:j] for i in range(-7, 8, 2) for j in range(-7, 8, 3)])
print(r(lambda: s[::-1]), r(lambda: s[::2]), r(lambda: s[1::3]), len(s), len(s.encode()), s[-1], s[2:3] == "日")

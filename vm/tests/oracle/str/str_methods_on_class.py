# str methods called through the class with an explicit receiver.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(str.upper("ab"), str.split("a b"), str.join("-", "ab"), str.replace("aa", "a", "b"), str.find("abc", "c"))
print(r(lambda: str.upper()), r(lambda: str.find("abc")))

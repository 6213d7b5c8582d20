# strs cannot be assigned to or deleted from.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

s = "abc"
for f in (lambda: s.__setitem__(0, "x"), lambda: s.__delitem__(0)):
    print(r(f))
def assign():
    s[0] = "x"
def delete():
    del s[0]
print(r(assign), r(delete), s)

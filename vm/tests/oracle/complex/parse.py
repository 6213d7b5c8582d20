# complex() of strings in every form it accepts and the ones it refuses.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ("1", "1j", "-1j", "1+2j", "1-2j", "1.5e3+2.5e-3j", " 3+4j ", "(3+4j)", "j", "+j", "inf", "infj", "nanj", "1+j", "1e5j", "", "1+2", "1 + 2j", "2j+1", "abc", "1jj"):
    print(repr(s), r(complex, s))
print(r(complex, "1", 2), r(complex, 1, "2"))

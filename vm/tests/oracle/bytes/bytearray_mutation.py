# bytearray item and slice assignment, deletion, append, extend and their errors.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

b = bytearray(b"abcdef")
b[0] = 65; b[-1] = 70
print(b)
b[1:3] = b"XYZ"; print(b)
print(r(lambda: b.__delitem__(0)), r(lambda: b.__delitem__(slice(1, 3))), b)
b.append(33); b.extend(b"??"); b.extend([1, 2]); b += b"!"; print(b)
for f in (lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, -1), lambda: b.__setitem__(0, "a"), lambda: b.append(300), lambda: b.extend(5),
          lambda: b.__setitem__(99, 1), lambda: b.extend("ab"), lambda: b.append(b"a")):
    print(r(f))
print(b)

# bytes.isupper over a spread of values and arguments; results keep their type.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in [b'', b'a', b'abc', b'aXbXc', b'  pad  ', b'Hello World', b'x,y,,z', b'a\nb\r\nc', b'\x00\xff\x80', b'123', b'aaa']:
    print(repr(s), [r(lambda a: s.isupper(*a), a) for a in [()]])

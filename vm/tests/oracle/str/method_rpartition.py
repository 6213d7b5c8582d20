# str.rpartition over a spread of strings and arguments.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

for s in ['', 'a', 'abc', 'aXbXc', '  pad  ', 'Hello World', 'héllo', 'x,y,,z', 'a\nb\r\nc', 'ααβ', '123', 'aaa']:
    print(repr(s), [r(lambda a: s.rpartition(*a), a) for a in [('X',), (',',), ('a',), ('zz',), (' ',), ('l',)]])

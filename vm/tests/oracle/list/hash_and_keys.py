# lists are not hashable
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('hash', lambda: hash([]))
check('dict key', lambda: {[1]: 2})
check('set item', lambda: {[1]})
check('tuple with list', lambda: hash(([1],)))

# repr and str of lists
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('ints', lambda: repr([1, -2]))
check('strs', lambda: repr(['a', "b'c"]))
check('nested', lambda: str([[], [()], {}]))
check('none', lambda: repr([None, True]))
check('floats', lambda: repr([1.5, 0.1]))
check('self', lambda: (lambda a: (a.append(a), repr(a))[1])([]))

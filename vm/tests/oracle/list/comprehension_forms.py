# list comprehensions
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


check('squares', lambda: [x * x for x in range(5)])
check('filtered', lambda: [x for x in range(10) if x % 3 == 0])
check('nested', lambda: [(x, y) for x in range(3) for y in 'ab'])
check('nested if', lambda: [x for x in range(20) if x % 2 if x % 3])
check('matrix', lambda: [[i * j for j in range(3)] for i in range(3)])
check('cond expr', lambda: ['even' if x % 2 == 0 else 'odd' for x in range(3)])
check('over string', lambda: [c.upper() for c in 'abc'])
check('empty', lambda: [x for x in []])

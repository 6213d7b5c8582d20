cases = [lambda: [][0], lambda: ()[5], lambda: "ab"[9], lambda: {}["k"], lambda: {1: 2}[2],
         lambda: [1].index(5), lambda: (1,).index(5), lambda: "abc".index("z"), lambda: [].pop(),
         lambda: {}.popitem(), lambda: set().pop(), lambda: [1].remove(2), lambda: {1}.remove(2), lambda: range(3)[3]]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)

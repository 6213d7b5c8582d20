for f in (lambda: [].index(1), lambda: [1].remove(2), lambda: [].pop(), lambda: [1, 2].pop(5), lambda: [3, "a"].sort(), lambda: [].insert()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# MicroPython's wording for list errors (CPython words these differently).
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: (1, 2).index(3))
attempt(lambda: min([]))
attempt(lambda: max(()))

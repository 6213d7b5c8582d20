# MicroPython prints a KeyError's key with str(), not repr().
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: {}.pop("k"))
attempt(lambda: {1: 2}.pop(3))
attempt(lambda: {}.popitem())
attempt(lambda: {"a": 1}["b"])
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))

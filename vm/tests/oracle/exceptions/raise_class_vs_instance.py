for thing in (ValueError, ValueError("inst"), KeyError, IndexError(3)):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, e.args)
class NotExc:
    pass
for bad in (NotExc, NotExc(), "str", 42, None):
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)

# return and exceptions crossing finally
def a():
    try:
        return "try"
    finally:
        print("cleanup a")
def b():
    try:
        raise ValueError
    finally:
        return "finally wins"
def c():
    for i in range(3):
        try:
            continue
        finally:
            print("c", i)
    return "c done"
def d():
    try:
        try:
            raise KeyError
        finally:
            print("inner finally")
    except KeyError:
        return "caught"
print(a(), b(), c(), d())

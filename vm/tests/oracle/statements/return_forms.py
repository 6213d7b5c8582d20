def none1():
    return
def none2():
    pass
def tup():
    return 1, 2
def star():
    a = [1, 2]
    return a + [3]
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), tup(), star(), early(1), early(0))
def loop():
    for i in range(10):
        while True:
            return i
print(loop())

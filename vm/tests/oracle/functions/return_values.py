# return with no value, one value and several
def none1():
    pass
def none2():
    return
def one():
    return 1
def several():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    return "late"
print(none1(), none2(), one(), several(), early(1), early(0))
a, b, c = several()
print(a, b, c)

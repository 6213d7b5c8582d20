x = 10
def f():
    print(x)
    x = 5
try:
    f()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError), e)
def g(flag):
    if flag:
        y = 1
    return y
print(g(True))
try:
    g(False)
except NameError as e:
    print(type(e).__name__, e)

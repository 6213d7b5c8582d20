# wrong argument counts and names
def f(a, b=1):
    return a, b
for call in ("f()", "f(1, 2, 3)", "f(1, c=2)", "f(1, a=2)", "f(b=2)"):
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print("g(1) ->", e)

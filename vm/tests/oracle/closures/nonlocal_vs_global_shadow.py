x = "global"
def outer():
    x = "enclosing"
    def inner_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
    def inner_global():
        global x
        x = "changed by global"
    inner_nonlocal()
    inner_global()
    return x
print(outer(), x)

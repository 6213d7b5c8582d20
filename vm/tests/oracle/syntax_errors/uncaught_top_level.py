print("this line never prints")
def f(:
    pass

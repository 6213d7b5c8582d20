def f():
    global undefined_thing
    try:
        return undefined_thing
    except NameError as e:
        return "NameError " + str(e)
print(f())
def g():
    global undefined_thing
    undefined_thing = 1
g()
print(f())

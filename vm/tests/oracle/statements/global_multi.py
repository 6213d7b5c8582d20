a = b = 0
def setboth(x):
    global a, b
    a = x
    b = x * 2
setboth(7)
print(a, b)
def nested():
    def inner():
        global a
        a = "inner"
    inner()
nested()
print(a)

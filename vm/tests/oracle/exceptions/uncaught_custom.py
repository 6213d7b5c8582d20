class Oops(Exception):
    pass
print("start")
raise Oops("custom message", 2)

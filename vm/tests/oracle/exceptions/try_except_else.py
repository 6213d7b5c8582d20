# try / except / else / finally in every combination
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        return "z"
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)
print(f(2), f(0))
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")

# nested try/finally run innermost first
def f():
    try:
        try:
            try:
                return "value"
            finally:
                print("inner")
        finally:
            print("middle")
    finally:
        print("outer")
print(f())
def g(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return g(n - 1)
    finally:
        print("unwind", n)
try:
    g(3)
except ValueError as e:
    print("caught", e)

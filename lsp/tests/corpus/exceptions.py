class MyError(Exception):
    pass
try:
    raise MyError("x")
except MyError as e:
    print("caught", e)
finally:
    print("done")

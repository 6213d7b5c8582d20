class Bad:
    def __str__(self):
        raise RuntimeError("no str")
try:
    print("%s" % Bad())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    str(Bad())
except RuntimeError as e:
    print("RuntimeError", e)

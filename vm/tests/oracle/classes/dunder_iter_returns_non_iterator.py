class Bad:
    def __iter__(self):
        return 5
try:
    for x in Bad():
        pass
except TypeError as e:
    print("TypeError", e)
try:
    iter(Bad())
    print("iter ok")
except TypeError as e:
    print("TypeError", e)

class Ok:
    def __init__(self):
        return None
print(type(Ok()).__name__)
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print("TypeError", e)

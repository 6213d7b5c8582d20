class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
print(int(Meters(3.7)))
class Bad:
    def __int__(self):
        return "x"
try:
    int(Bad())
except TypeError as e:
    print("TypeError", e)

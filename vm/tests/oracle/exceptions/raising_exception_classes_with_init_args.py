class Err(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
try:
    raise Err(1, 2)
except Err as e:
    print(e.args, e.a)

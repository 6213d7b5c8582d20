class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return type(o) is type(self) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
class B(A):
    pass
print(A(1) == A(1), A(1) == B(1), B(1) == B(1), len({A(1), A(1), B(1)}))

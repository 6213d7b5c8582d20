class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
class N:
    pass
try:
    abs(N())
except TypeError as e:
    print("TypeError", e)

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError", e)
class WithEq:
    def __eq__(self, o):
        return False
try:
    print(type(hash(WithEq())).__name__)
except TypeError as e:
    print("TypeError", e)

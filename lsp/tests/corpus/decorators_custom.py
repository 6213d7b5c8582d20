def deco(fn):
    def wrapper(*a):
        return fn(*a) + 1
    return wrapper
@deco
def one():
    return 1
print(one())

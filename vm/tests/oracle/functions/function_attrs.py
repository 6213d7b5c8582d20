# functions are objects
def named(x):
    return x
print(named.__name__, (lambda: 0).__name__, type(named).__name__)
alias = named
print(alias.__name__, alias is named, alias(3))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer() is outer())
fs = {"double": lambda x: x * 2}
print(fs["double"](21))

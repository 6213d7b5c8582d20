class A:
    def __init__(self):
        self.__secret = 1
        self._semi = 2
    def get(self):
        return self.__secret
a = A()
print(a.get(), a._semi)
print(hasattr(a, "__secret"), hasattr(a, "_A__secret"))

class A:
    pass
class B:
    def __str__(self):
        return "B!"
print(str(B()), "%s" % B(), "{}".format(B()), f"{B()}", str([B()]) == "[" + repr(B()) + "]")
print(str(A()).startswith("<A object"), repr(A()).startswith("<A object"))

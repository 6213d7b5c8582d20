# ==, != and ordering on instances: which method runs, and what it returns
class E:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("eq", self.tag, type(other).__name__)
        return "EQ"


class N(E):
    def __ne__(self, other):
        print("ne", self.tag, type(other).__name__)
        return "NE"


e, n = E("e"), N("n")
print(e == e)
print(e != e)
print(n != e)
print(e != n)
print(1 == e, e == None, None == e)
print(n != 0, 0 != n)


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain())


class Lt:
    def __lt__(self, other):
        return "LT"


print(Lt() < 5)
for f in (lambda: Lt() > 5, lambda: 5 > Lt(), lambda: 5 < Lt(), lambda: Plain() < Plain()):
    try:
        print(f())
    except TypeError as err:
        print("TypeError", err)


class NI:
    def __eq__(self, other):
        return NotImplemented


print(NI() == NI(), NI() != 3)
x = NI()
print(x == x)

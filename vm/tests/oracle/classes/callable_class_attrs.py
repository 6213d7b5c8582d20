def plain(self):
    return "plain " + type(self).__name__
class C:
    m = plain
    l = lambda self: "lambda"
    n = len
c = C()
print(c.m(), c.l(), C.n([1, 2]))
c.inst = plain
try:
    print(c.inst())
except TypeError as e:
    print("TypeError", e)

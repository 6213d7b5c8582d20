class E(Exception):
    def __str__(self):
        return "custom str"
class R(Exception):
    def __repr__(self):
        return "custom repr"
print(str(E("x")), repr(R("y")), str(R("y")), E("a").args)
try:
    raise E("ignored")
except E as e:
    print(e, e.args)

# __setattr__, __delattr__ and __getattr__ overrides
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

    def __getattr__(self, name):
        return "missing " + name


o = Logged()
o.a = 1
o.b = "x"
print(o.a, o.b, o.c)
del o.a
print(o.a)
print(o.log)
try:
    object.__delattr__(o, "zzz")
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(o, 1, 2)
except TypeError:
    print("TypeError")
print(getattr(o, "q", "default"))


class Strict:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return name.upper()
        raise AttributeError("no " + name)


s = Strict()
print(s.ok_one, getattr(s, "nope", "dflt"), hasattr(s, "nope"), hasattr(s, "ok2"))
try:
    s.bad
except AttributeError as e:
    print(e)


class Boom:
    def __getattr__(self, name):
        raise ValueError(name)


try:
    Boom().x
except ValueError as e:
    print("ValueError", e)

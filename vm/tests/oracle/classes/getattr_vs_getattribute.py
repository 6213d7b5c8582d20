class G:
    existing = 1
    def __getattr__(self, name):
        return "dyn_" + name
g = G()
print(g.existing, g.anything, g.x_y, getattr(g, "z"), hasattr(g, "whatever"))
class Strict:
    def __getattr__(self, name):
        if name.startswith("ok"):
            return name
        raise AttributeError(name)
s = Strict()
print(s.ok1, hasattr(s, "bad"), getattr(s, "bad", "dflt"))

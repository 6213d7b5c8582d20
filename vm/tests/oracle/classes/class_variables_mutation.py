class Cfg:
    opts = {"a": 1}
class Sub(Cfg):
    pass
Sub.opts["b"] = 2
print(Cfg.opts is Sub.opts, sorted(Cfg.opts))
Sub.opts = {"own": 0}
print(Cfg.opts is Sub.opts, sorted(Sub.opts), sorted(Cfg.opts))
Cfg.new = "added"
print(Sub.new, Sub().new)

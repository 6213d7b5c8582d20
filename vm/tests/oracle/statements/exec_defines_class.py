ns = {}
exec("class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return 'P(%d)' % self.x\n", ns)
P = ns["P"]
print(P(3), [P(i) for i in range(2)])
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"])

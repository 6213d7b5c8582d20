class E(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
e = E(1, 2, extra="x")
print(e.args, e.extra, str(e))
e.args = ("new",) if False else e.args
e.custom = 5
print(e.custom)
s = StopIteration(7)
print(s.value, s.args)
o = OSError(2, "No such")
print(o.args, o.errno if hasattr(o, "errno") else "no errno")

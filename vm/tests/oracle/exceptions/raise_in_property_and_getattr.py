class C:
    @property
    def bad(self):
        raise KeyError("from property")
    def __getattr__(self, name):
        return "fallback " + name
c = C()
try:
    print(c.bad)
except KeyError as e:
    print("KeyError", e)
print(c.missing)

class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "P%d" % self.v
ps = [P(3), P(1), P(2)]
ps.sort()
print(ps, min(ps))
for f in (lambda: sorted(ps, reverse=True), lambda: max(ps)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

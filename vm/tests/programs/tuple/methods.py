t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(1), t.count(9), ().count(1))
print(t.index(2), t.index(1), t.index(2, 2), t.index(2, -1), t.index(3, 0, 3), t.index(1, -3))
print((1, 1.0, True).count(1), ((1,), [1], (1,)).count((1,)), ("a", "b").index("b"))
print((None, 0, False).index(False), (None, 0).index(None))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: t.index(7))
attempt(lambda: t.index(3, 3))
attempt(lambda: t.index(1, 1, 4))
attempt(lambda: t.count())
attempt(lambda: t.index())
attempt(lambda: t.append(1))
attempt(lambda: tuple.index(t, 3))
attempt(lambda: tuple.count(t, 2))
# the constructor
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in (5, 6)))
u = (1, 2)
print(tuple(u) is u, tuple(list(u)) == u)
print(tuple({"a": 1}.items()), tuple(reversed((1, 2, 3))), tuple(sorted((3, 1, 2))))
# tuples are hashable when their items are
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
attempt(lambda: hash((1, [2])))
# comparison and ordering
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(sorted([(2, "b"), (1, "c"), (2, "a")]), max((1, 5), (1, 7)), min([(3,), (2, 9)]))

class Point(tuple):
    def norm1(self):
        return sum(abs(c) for c in self)
p = Point((3, -4, 3))
print(p, p.norm1(), p.count(3), p.index(-4), len(p), isinstance(p, tuple))

# Containers nested 100,000 deep, of every kind, in every operation that
# walks them: each ends in a Python exception or a result, never a crash.
import json

DEEP = 100000


def nest(kind, depth):
    x = kind[1]
    for _ in range(depth):
        x = kind[0](x)
    return x


KINDS = [
    ("list", (lambda x: [x], [])),
    ("tuple", (lambda x: (x,), ())),
    ("dict", (lambda x: {1: x}, {})),
    ("frozenset", (lambda x: frozenset([x]), frozenset())),
    ("list-in-tuple", (lambda x: ([x],), [])),
]

OPS = [
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
    ("<", lambda a, b: a < b),
    (">=", lambda a, b: a >= b),
    ("in", lambda a, b: a in [b]),
    ("index", lambda a, b: [b].index(a)),
    ("count", lambda a, b: [b].count(a)),
    ("sorted", lambda a, b: len(sorted([a, b]))),
    ("min", lambda a, b: min(a, b) is a),
    ("max", lambda a, b: max(a, b) is a),
    ("hash", lambda a, b: hash(a) == hash(b)),
    ("dict key", lambda a, b: {a: 1}[b]),
    ("set", lambda a, b: len({a, b})),
    ("repr", lambda a, b: len(repr(a))),
    ("str", lambda a, b: len(str(a))),
    ("format", lambda a, b: len("{}".format(a))),
    ("json", lambda a, b: len(json.dumps(a))),
]


def attempt(op, a, b):
    try:
        r = op(a, b)
        return "ok " + str(r)[:20]
    except Exception as e:
        return type(e).__name__ + ": " + str(e)[:40]


for name, kind in KINDS:
    for depth in (3, DEEP):
        a = nest(kind, depth)
        b = nest(kind, depth)
        print(name, depth, "|", " | ".join(o + " " + attempt(f, a, b) for o, f in OPS))
print("alive")

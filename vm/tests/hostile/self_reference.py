# Containers holding themselves: MicroPython has no "[...]"; every walk
# ends in RuntimeError, and the program goes on.
import json


def attempt(what, f):
    try:
        r = f()
        print(what, "ok", str(r)[:30])
    except Exception as e:
        print(what, type(e).__name__, e)


a = [1]
a.append(a)
b = [1]
b.append(b)
d = {}
d["me"] = d
e = {}
e["me"] = e


class Node:
    def __init__(self):
        self.next = self


n = Node()
for what, f in [
    ("list ==", lambda: a == b),
    ("list !=", lambda: a != b),
    ("list <", lambda: a < b),
    ("list in", lambda: a in b),
    ("list index", lambda: b.index(a)),
    ("list count", lambda: b.count(a)),
    ("list sort", lambda: sorted([a, b])),
    ("list min", lambda: min(a, b)),
    ("list max", lambda: max([a, b])),
    ("list repr", lambda: repr(a)),
    ("list str", lambda: str(a)),
    ("list print", lambda: print(a)),
    ("list json", lambda: json.dumps(a)),
    ("list hash", lambda: hash(a)),
    ("list is", lambda: a is a and a == a),
    ("list len", lambda: len(a)),
    ("list copy", lambda: len(a.copy())),
    ("dict ==", lambda: d == e),
    ("dict repr", lambda: repr(d)),
    ("dict json", lambda: json.dumps(d)),
    ("dict in", lambda: d in [e]),
    ("node ==", lambda: n == Node()),
    ("node repr", lambda: repr(n)[:6]),
]:
    attempt(what, f)
print("alive")

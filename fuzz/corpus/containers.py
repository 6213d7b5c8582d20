import json

d = {"a": [1, 2, {"b": (3, 4)}], 1: None, (1, 2): frozenset({1})}
l = [d, [d], (d,)]
print(l == [d, [d], (d,)], l < [d, [d], (d, 1)] if False else 0, repr(l)[:40])
print(json.dumps({"a": [1, 2.5, None, True, "s\u00e9"]}), json.loads('{"x": [1, {"y": []}]}'))
s = set(range(10)) ^ {3, 11}
print(sorted(s), s & {1, 2}, s | {99}, s - {0}, {1: 2}.get(3, 4), dict(zip("ab", [1, 2])))
b = bytearray(b"hello")
m = memoryview(b)
b[0] = 72
print(bytes(m[1:3]), b.find(b"l"), b"%d-%s" % (1, b"x"), "{:>8.3f}|{!r}".format(3.14159, "q"))
t = tuple(range(5))
print(t[::-1], t[1:-1:2], t.index(3), t * 2, hash(t) == hash(tuple(range(5))))

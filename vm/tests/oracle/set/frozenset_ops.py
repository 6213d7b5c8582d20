# frozenset operations keep the left operand's kind
f = frozenset([1, 2, 3])
s = {2, 3, 4}
for r in (f | s, f & s, f - s, f ^ s, s | f, s & f, s - f, s ^ f):
    print(type(r).__name__, sorted(r))
print(f.union(s).__class__.__name__, f.intersection(s) == {2, 3})

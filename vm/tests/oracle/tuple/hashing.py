# tuples are hashable when their items are
d = {(1, 2): "a", (): "empty", ((1,), "x"): "nested"}
print(d[(1, 2)], d[()], d[((1,), "x")])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    {(1, {}): 1}
except TypeError as e:
    print("TypeError", e)

# making sets and frozensets
print(set(), set([1, 2, 2]), set("aab"), set(range(3)), {1, 2, 1}, set({3: 4}))
print(frozenset(), frozenset([1, 1]), frozenset("ab") == frozenset("ba"))
print({x % 3 for x in range(10)}, type({1}).__name__, type(frozenset()).__name__)
try:
    set(1)
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)

# in and not in with sets
s = {1, "a", (1, 2), None}
print(1 in s, True in s, 1.0 in s, "a" in s, (1, 2) in s, None in s, 2 not in s)
try:
    [1] in s
except TypeError as e:
    print("TypeError", e)
print(frozenset([1]) in {frozenset([1])}, set([2]) in {frozenset([2])})

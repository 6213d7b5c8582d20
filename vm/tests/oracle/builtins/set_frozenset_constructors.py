print(set(), sorted(set("hello")), sorted(set([3, 1, 3])), set(()), sorted(frozenset(range(3))), frozenset())
print(sorted(set({"a": 1, "b": 2})), sorted(set(x % 2 for x in range(5))))
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError", e)

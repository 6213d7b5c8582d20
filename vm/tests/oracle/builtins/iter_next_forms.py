it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("ab")), list(iter((1,))), list(iter({"k": 1})), list(iter(range(2))))
it2 = iter(it)
print(it2 is it)
for bad in (5, None, 1.5):
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)

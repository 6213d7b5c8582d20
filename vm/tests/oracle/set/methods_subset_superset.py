a, b = {1, 2}, {1, 2, 3}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a), a.isdisjoint({5}), a.isdisjoint(b))
print(a <= b, a < b, b > a, a >= a, a < a, set() <= a)
print(a.issubset([1, 2, 9]), a.issuperset((1,)), a.isdisjoint("xy"))
try:
    print(a < [1, 2, 3])
except TypeError as e:
    print("TypeError", e)

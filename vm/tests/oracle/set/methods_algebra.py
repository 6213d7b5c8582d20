# union, intersection, difference, symmetric_difference and the update forms
a = {1, 2, 3}
print(a.union([4]), a.union([4], (5,)), a.intersection([2, 3, 9]), a.difference([1]), a.symmetric_difference([3, 4]))
print(a.intersection([1], [1, 2]), a.difference([1], [2]))
b = set(a)
b.update([4], "x")
print(sorted(b, key=str))
b = set(a)
b.intersection_update([1, 2])
print(b)
b.difference_update([1])
print(b)
b.symmetric_difference_update([2, 5])
print(b)

s = {1, 2, 3}
s.update([4], (5,))
print(sorted(s))
s.intersection_update({1, 2, 3, 4})
print(sorted(s))
s.difference_update([1])
print(sorted(s))
s.symmetric_difference_update({3, 9})
print(sorted(s))
s |= {10}
s &= {2, 4, 10}
s -= {4}
s ^= {2, 11}
print(sorted(s))

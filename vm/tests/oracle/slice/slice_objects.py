# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None), slice(1, 2))
print([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][s], "abcdefghijk"[slice(2, 5)])
print(type(s).__name__, slice(3).stop, slice(1, 2).step)

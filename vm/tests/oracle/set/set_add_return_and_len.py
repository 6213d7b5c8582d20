s = set()
print(s.add(1), s.add(1), len(s), s.discard(5), s.update([2]), len(s))

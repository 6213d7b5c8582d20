print(max(range(5)), min(range(5, 10)), max("zebra"), min(b"hello"), max({1: 0, 9: 0}), min(frozenset([4, 2])))
print(max(iter([3, 8, 1])), min((x for x in [5, 3, 9])))

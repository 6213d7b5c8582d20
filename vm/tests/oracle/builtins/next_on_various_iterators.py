print(next(iter("ab")), next(iter([None])), next(iter((1,))), next(iter({9: 0})), next(iter(range(3, 5))), next(iter(b"z")))
print(next(reversed([1, 2])), next(zip("a", "b")), next(map(abs, [-3])), next(filter(None, [0, 7])), next(enumerate("q")))

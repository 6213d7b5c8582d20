# the ways to make a dict
print(dict(), {}, dict(a=1), dict([(1, 2), (3, 4)]), dict({5: 6}), dict([(1, 2)], b=3))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({i: i * i for i in range(5)}, {k: v for k, v in [("x", 1), ("y", 2)]})
for bad in ([1], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

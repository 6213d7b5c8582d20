print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([[1, 2]]), dict(((1, 2),)), dict({}, **{"k": "v"}))
for bad in ([1], [(1, 2, 3)], 5, ["ab", "c"]):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

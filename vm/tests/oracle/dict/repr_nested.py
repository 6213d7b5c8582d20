# how dicts print
print({}, {1: "a"}, {"k": [1, (2,)]}, {(1, 2): {3: None}})
print(repr({"q": "it's"}), str({1: b"x"}), {1: 1.5, 2: -0.0})
d = {"a": 1}
print("%s" % d, "{}".format(d), [d, d])

l = [1, 1.0, True, "1", [1], (1,)]
print(l.count(1), l.count("1"), l.count([1]), l.count((1,)), l.count(None))

print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {2: 1})
for f in (lambda: {} < {}, lambda: {1: 2} + {3: 4}, lambda: {}[[]], lambda: {}["missing"]):
    try:
        f()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

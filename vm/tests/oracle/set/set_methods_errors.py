# wrong arguments to set methods
s = {1}
for call in ("s.add()", "s.add(1, 2)", "s.union()", "s.union([1], [2])", "s.intersection([1], [2])",
             "s.difference([1], [2])", "s.update([1], [2])", "s.issubset()", "s.pop(1)", "frozenset([1]).add(2)"):
    try:
        print(call, eval(call))
    except (TypeError, AttributeError) as e:
        print(call, type(e).__name__, e)

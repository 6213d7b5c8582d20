# tuples cannot be changed in place
t = (1, [2])
for op in ("t[0] = 5", "del t[0]", "t.append(1)", "t[0:1] = (4,)"):
    try:
        exec(op)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t[1].append(3)
print(t)

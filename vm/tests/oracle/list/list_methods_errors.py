# wrong arguments to list methods
l = [1, 2]
for call in ("l.append()", "l.append(1, 2)", "l.insert(1)", "l.pop(1, 2)", "l.index()", "l.count()",
             "l.remove()", "l.extend()", "l.reverse(1)", "l.clear(1)", "l.copy(1)"):
    try:
        eval(call)
        print(call, "ok")
    except TypeError as e:
        print(call, "TypeError", e)
print(l)

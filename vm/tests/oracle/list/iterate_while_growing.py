# iteration sees items appended meanwhile
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1, 2]
seen = []
for x in a:
    seen.append(x)
    if x < 4:
        a.append(x + 2)
print(seen, a)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)

l = list(range(6))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l)
for f in (lambda: l.remove(99), lambda: [].pop(), lambda: l.pop(10), lambda: l.pop(-10)):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
l.clear()
print(l, len(l))

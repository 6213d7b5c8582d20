def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop(-2))
attempt(lambda: [1, 2].pop(-2))
attempt(lambda: [1].pop("0"))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: [1, 2, 3].index(1, 1))
attempt(lambda: [1, 2, 3].index(3, 0, 2))
attempt(lambda: [].insert("a", 1))
attempt(lambda: [].extend(5))
attempt(lambda: [].extend(None))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].count())
attempt(lambda: [].nosuch)
attempt(lambda: [1, 2, 3].index(2, -10, 100))
attempt(lambda: [].pop(0))
l = [1, 2, 3]
try:
    for x in l:
        l.remove(x)
except Exception as e:
    print(type(e).__name__)
print(l)

# sort in place, stable, with reverse
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for data in ([3, 1, 2], [], [1], ['b', 'a', 'C'], [2.5, -1, 0], [(1, 'b'), (1, 'a'), (0, 'z')], [True, False, 0, 1]):
    a = list(data)
    print(a.sort(), a)
    a.sort(reverse=True)
    print(a)

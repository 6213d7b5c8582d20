# list.insert positions
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


a = [1, 2, 3]
check("a.insert(0, 'start')", lambda: a.insert(0, 'start'))
print(a)
check("a.insert(len(a), 'end')", lambda: a.insert(len(a), 'end'))
print(a)
check("a.insert(2, 'mid')", lambda: a.insert(2, 'mid'))
print(a)
check("a.insert(-1, 'neg')", lambda: a.insert(-1, 'neg'))
print(a)
check("a.insert(100, 'far')", lambda: a.insert(100, 'far'))
print(a)
check("a.insert(-100, 'farneg')", lambda: a.insert(-100, 'farneg'))
print(a)

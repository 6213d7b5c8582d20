# array('q'): append, extend, item and slice assignment, and deletion.
def r(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

import array
a = array.array('q', [0, -1, 2**63 - 1, -(2**63), 2**40])
a.append(a[1]); a.extend(a[:2]); a.extend([a[0]]); a[0] = a[-1]
print(a)
a[1:3] = array.array('q', a[3:5]); print(a, len(a))
def setslice():
    a[0:2] = [1, 2]
print(r(lambda: a.__delitem__(0)), r(setslice), r(lambda: a.pop()), r(lambda: a.insert(0, a[0])))
a += array.array('q', a[:1]); print(len(a), a[-1] == a[0])

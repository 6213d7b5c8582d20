# append / extend / insert
l = []
l.append(1)
l.append("two")
l.append([3])
print(l, len(l))
l = [1, 2]
l.extend([3, 4])
l.extend((5,))
l.extend(range(6, 8))
l.extend("ab")
l.extend(x * 10 for x in range(2))
l.extend({})
print(l)
l = [1, 2, 3]
l.extend(l)
print(l)
l = [1, 2, 3]
l.insert(0, "a")
l.insert(2, "b")
l.insert(100, "end")
l.insert(-1, "before-end")
l.insert(-100, "start")
print(l)
e = []
e.insert(5, 1)
e.insert(-5, 0)
print(e)
# pop
l = [10, 20, 30, 40, 50]
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
print(l.pop(1), l)
print(l.pop(False), l)
# remove / index / count
l = [1, 2, 3, 2, 1, 2]
l.remove(2)
print(l)
print(l.index(2), l.index(1), l.index(2, 2), l.index(2, -1), l.index(3, 0, 2))
print(l.count(2), l.count(1), l.count(9), [].count(0))
print([1, 1.0, True].count(1), [[1], [1], (1,)].count([1]))
print(["a", "b", "a"].index("b"), [None, 0, False].index(False))
# clear / copy / reverse
l = [1, [2, 3]]
c = l.copy()
c[1].append(4)
c.append(5)
print(l, c, c is l)
l.reverse()
print(l)
l.clear()
print(l, len(l))
r = list(range(7))
r.reverse()
print(r)
print([].copy(), [].reverse(), [].clear())
# returns
print(l.append(1), l.extend([]), l.insert(0, 0), l.sort(), l)
# methods via the class
m = [3, 1, 2]
list.sort(m)
list.append(m, 4)
print(m, list.index(m, 4), list.count(m, 1))

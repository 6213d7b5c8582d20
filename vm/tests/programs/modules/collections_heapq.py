import collections
import heapq

Point = collections.namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
a, b = p
print(a, b, Point._fields)
Color = collections.namedtuple("Color", ["r", "g", "b"])
c = Color(255, 128, 0)
print(c, c.g, tuple(c), c[-1])

d = collections.deque((), 3)
for i in range(5):
    d.append(i)
print(list(d), len(d), d.popleft(), d.pop(), len(d), bool(d))
d.appendleft(9)
d.extend([7, 8])
print(list(d), d[0], d[-1])
try:
    collections.deque((), 2).pop()
except IndexError:
    print("IndexError")

od = collections.OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.values()), od["a"], len(od))

h = []
for v in [5, 1, 4, 2, 3, 0]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(6)])
data = [9, 3, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], [heapq.heappop(data) for _ in range(len(data))])
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "close"))
print(heapq.heappop(tasks), heapq.heappop(tasks), heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError")

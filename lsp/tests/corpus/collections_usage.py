from collections import OrderedDict, namedtuple, deque
P = namedtuple("P", ("x", "y"))
p = P(1, 2)
od = OrderedDict([("a", 1)])
dq = deque((), 5)
dq.append(1)
print(p.x, list(od), dq.popleft())

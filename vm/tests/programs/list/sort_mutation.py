# While a list is being sorted it looks empty to key functions and __lt__;
# anything they add is discarded and reported with ValueError.
l = [3, 1, 2]
seen = []
def key(x):
    seen.append(len(l))
    return x
l.sort(key=key)
print(l, seen)

l = [3, 1, 2]
def grow(x):
    l.append(0)
    return x
try:
    l.sort(key=grow)
except ValueError:
    print("ValueError")
print(l)

l = [3, 1, 2]
def clear(x):
    l.clear()
    return x
l.sort(key=clear)
print(l)

class Peek:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if len(items) != 0:
            print("visible during sort!")
        return self.v < other.v
    def __repr__(self):
        return "P%d" % self.v
items = [Peek(v) for v in (4, 2, 5, 1, 3)]
items.sort()
print(items)

# a failing key leaves the list as it was
l = [5, 4, "x", 3]
try:
    l.sort(key=lambda v: v + 0)
except TypeError:
    print("TypeError")
print(l)
l = [2, "b", 1]
try:
    l.sort()
except TypeError:
    print("TypeError")
print(len(l), sorted(map(str, l)))
# sorted() never touches its argument
src = (3, 2, 1)
print(sorted(src), src)

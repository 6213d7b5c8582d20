# The loop's fast paths and superinstructions must behave exactly like the
# general ops they stand for: locals with constants and with each other in
# arithmetic, comparisons feeding a jump, attribute reads of locals, and
# instance attribute positions remembered per site.


def arith(a, b):
    out = []
    out.append(a + b)
    out.append(a - 1)
    out.append(b * 3)
    x = a
    x += b
    out.append(x)
    x -= 2
    out.append(x)
    return out


print(arith(2, 3))
print(arith(2.5, 0.25))
print(arith(10**20, 1))
print(arith(9223372036854775807, 1))
print(arith(-9223372036854775808, -1))
print(arith(True, 2))


def strings(a, b):
    return a + b, a * 2


print(strings("x", "y"))
print(strings([1], [2]))


def divisions(a, b):
    out = []
    for f in (lambda: a / b, lambda: a // b, lambda: a % b):
        try:
            out.append(f())
        except ZeroDivisionError:
            out.append("ZeroDivisionError")
    return out


print(divisions(7, 2), divisions(7, 0), divisions(7.0, 0.0), divisions(-7, 2))


def unbound_in_arith(flag):
    if flag:
        y = 1
    try:
        return y + 1
    except NameError:
        return "NameError"


print(unbound_in_arith(True), unbound_in_arith(False))


def unbound_pair(flag):
    if flag:
        y = 1
    z = 2
    try:
        return z * y
    except NameError:
        return "NameError"


print(unbound_pair(True), unbound_pair(False))


def compare_branch(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    return out


for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 2.5), (2.5, 2.5), ("a", "b"), (1, 1.0), (True, 1)]:
    print(a, b, compare_branch(a, b))
nan = float("nan")
print(compare_branch(nan, nan), compare_branch(nan, 1.0))
try:
    compare_branch(1, "x")
except TypeError:
    print("TypeError")


def countdown(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


print(countdown(1000), countdown(0), countdown(-5))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Other:
    def __init__(self):
        # Same names, other positions in the instance dict.
        self.pad = 0
        self.y = "oy"
        self.x = "ox"


class WithProperty:
    def __init__(self):
        self._x = 5

    @property
    def x(self):
        return self._x * 10

    y = "class y"


def read_xy(p):
    return p.x, p.y


for obj in [Point(1, 2), Other(), Point(3, -4), WithProperty(), Point(5, 6)]:
    print(read_xy(obj))

p = Point(1, 2)
del p.x
p.x = 7
print(read_xy(p), p.norm1())
del p.y
del p.x
p.x = 1
p.y = 1
print(read_xy(p))


def write_x(obj, v):
    obj.x = v
    return obj.x


print([write_x(o, i) for i, o in enumerate([Point(0, 0), Other(), Point(0, 0), Other()])])


def attr_of_non_instance(v):
    return v.real, v.imag


print(attr_of_non_instance(3j), attr_of_non_instance(2.5 + 1j))


def missing_attr(obj):
    try:
        return obj.z
    except AttributeError:
        return "AttributeError"


print(missing_attr(Point(1, 2)), missing_attr(Point(1, 2)))


def loops(n, items):
    # The loop variable is stored straight from the iterator, and results
    # of arithmetic straight into their local, where the next op allows.
    total = 0
    for i in range(n):
        total = total + i
    for i in range(n, 0, -2):
        total -= i
    last = None
    for w in items:
        last = w
    for a, b in [(1, 2), (3, 4)]:
        total += a * b
    holder = Point(0, 0)
    for holder.x in range(3):
        pass
    return total, i, last, holder.x


print(loops(10, ["a", "b"]), loops(1, (5,)))
k = 0
for k in range(4):
    k = k * 2
print(k)


def const_index(seq):
    try:
        return seq[0], seq[-1], seq[2]
    except IndexError:
        return "IndexError"
    except KeyError:
        return "KeyError"


print(const_index([1, 2, 3]), const_index((4, 5, 6, 7)), const_index("xyz"))
print(const_index([1]), const_index({0: "a", -1: "b", 2: "c"}), const_index({0: 1}))
print(const_index(range(10, 20)), const_index(b"abc"))


def unbound_index(flag):
    if flag:
        t = (1, 2)
    try:
        return t[1]
    except NameError:
        return "NameError"


print(unbound_index(True), unbound_index(False))

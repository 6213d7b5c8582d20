# Values held in every kind of place while garbage is made and collected.
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
def chain(n):
    head = None
    for i in range(n):
        head = Node([i, str(i) * 3], head)
    return head
def walk(head):
    total = 0
    while head is not None:
        total += head.v[0] + len(head.v[1])
        head = head.nxt
    return total
def gen_strings(n):
    held = "held" * 10
    for i in range(n):
        junk = [str(j) for j in range(20)]
        yield held + str(i) + junk[-1]
def make_closures():
    fs = []
    for i in range(50):
        data = {"k": [i] * 10}
        fs.append(lambda d=data: total(d["k"]))
    return fs
def total(it):
    t = 0
    for x in it:
        t += x
    return t
store = {}
for round_ in range(30):
    head = chain(200)
    g = gen_strings(30)
    first = next(g)
    rest = list(g)
    cl = make_closures()
    try:
        raise ValueError(["payload"] * 5, round_)
    except ValueError as e:
        err = e
    store[round_ % 5] = (head, first, rest[-1], cl, err)
    t = (walk(head), first, rest[-1], total(f() for f in cl), err.args[1], len(err.args[0]))
print(t)
print([(k, walk(store[k][0]), store[k][1][-4:], store[k][4].args[1]) for k in store])
big = [[j for j in range(i % 7)] for i in range(3000)]
print(total(len(x) for x in big), big[5], big[-1])
s = ""
for i in range(2000):
    s = s + str(i % 10)
print(len(s), s[:20])

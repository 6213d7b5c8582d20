# a linked list of nodes
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
def build(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head
def walk(n):
    out = []
    while n:
        out.append(n.v)
        n = n.nxt
    return out
def rev(n):
    prev = None
    while n:
        n.nxt, prev, n = prev, n, n.nxt
    return prev
h = build([1, 2, 3, 4])
print(walk(h), walk(rev(build("abc"))), walk(None))

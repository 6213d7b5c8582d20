# a stack class with errors
class Stack:
    def __init__(self):
        self._items = []
    def push(self, v):
        self._items.append(v)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(%r)" % self._items
s = Stack()
for v in "abc":
    s.push(v)
print(s, len(s), s.pop(), s)
s.pop(); s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)
print(bool(s))

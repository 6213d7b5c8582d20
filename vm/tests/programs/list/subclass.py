class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack()
s.push(3)
s.push(1)
s.push(2)
print(s, len(s), s.peek())
s.sort()
print(s, s.pop(), s)
s.extend([7, 8])
s.insert(0, 0)
s.reverse()
print(s, s.index(7), s.count(8))
print(isinstance(s, list), type(s).__name__)

class Sorted(list):
    def add(self, x):
        self.append(x)
        self.sort(reverse=True)
z = Sorted([5, 1])
z.add(3)
z.add(9)
print(z, sorted(z), list(reversed(z)), min(z), max(z), sum(z))
c = z.copy()
print(c, type(c).__name__)
z.clear()
print(z, len(z))

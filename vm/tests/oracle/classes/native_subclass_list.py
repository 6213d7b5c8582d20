# subclasses of list and dict keep their behaviour and add methods
class Stack(list):
    def push(self, v):
        self.append(v)
    def top(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.top(), len(s), isinstance(s, list), s + [3], sorted(s, reverse=True))
class Default(dict):
    def get2(self, k):
        return self.get(k, "none")
d = Default(a=1)
d["b"] = 2
print(sorted(d.items()), d.get2("a"), d.get2("z"), len(d))

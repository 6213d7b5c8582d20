# dict class methods and subclasses
class MyDict(dict):
    def extra(self):
        return len(self) * 10
m = MyDict(a=1)
m["b"] = 2
print(sorted(m.items()), m.extra(), isinstance(m, dict), type(m).__name__)
print(dict.fromkeys(range(3), "v"))
print(MyDict.fromkeys("ab").extra() if hasattr(MyDict.fromkeys("ab"), "extra") else "plain")
print(dict.get({1: 2}, 1), dict.keys({3: 4}))

class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), len(s), s + "x", isinstance(s, str))
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int))

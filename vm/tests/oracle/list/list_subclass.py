# a subclass of list
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class L(list):
    def first(self):
        return self[0]

a = L([3, 1, 2])
print(a, len(a), a.first(), type(a).__name__)
a.append(0)
a.sort()
print(a, a[1:], type(a[1:]).__name__)
print(a + [9], type(a + [9]).__name__)
print(isinstance(a, list), a == [0, 1, 2, 3])
b = L()
b.extend('ab')
print(b, bool(b), bool(L()))

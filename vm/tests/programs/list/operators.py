a = [1, 2, 3]
print(a + [4], [0] * 3, 2 * [1, 2], [] * 5, a * 0, a * -1)
b = a
b += [4]
print(a, b is a)
b = b * 2
print(a, b)
print(a[0], a[-1], a[1:3], a[::2], a[::-1], a[5:], a[-100:2], a[1:-1:3])
c = list(range(10))
c[2:5] = ["x"]
print(c)
c[:1] = []
print(c)
c[1:3] = [0] * 2
print(c)
del c[0]
del c[-3:]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[-1] = 30
d[0:0] = [-1, 0]
print(d, len(d))
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] <= [])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1]], "a" in ["abc"])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 9
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "hi"), list())
print(len([]), len([[]]), bool([]), bool([0]), [1, [2, [3]]])
e = []
e.append(e)
# (a list that holds itself: CPython prints [[...]], MicroPython recurses)
print(e[0] is e, len(e))
def attempt(f):
    try:
        print("ok", f())
    except Exception as ex:
        print(type(ex).__name__)
attempt(lambda: [1][1])
attempt(lambda: [1]["a"])
attempt(lambda: [1] + (2,))
attempt(lambda: [1] * 1.5)
attempt(lambda: [1] < ["a"])
attempt(lambda: hash([]))
attempt(lambda: {[]: 1})

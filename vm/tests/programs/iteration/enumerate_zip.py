print(list(enumerate("abc")))
print(list(enumerate([10, 20], 1)), list(enumerate([10, 20], start=-1)), list(enumerate([], 5)))
print(list(enumerate(range(3), 2 ** 20))[-1])
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(dict(enumerate("hi")), list(enumerate(x * x for x in range(3))))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"))
print(iter(e) is e)
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([], [1])), dict(zip("ab", "cd")), list(zip(*[(1, 2), (3, 4), (5, 6)])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
# zip stops at the shortest and does not pull extra items from later iterators
def gen(tag, n):
    for i in range(n):
        print("  pull", tag, i)
        yield i
print(list(zip(gen("a", 2), gen("b", 5))))
# infinite generators are fine because zip is lazy
def count():
    i = 0
    while True:
        yield i
        i += 1
print(list(zip(count(), "abc")))
print([(i, c) for i, c in enumerate(reversed("xyz"))])
# unpacking in for loops
total = 0
for idx, val in enumerate([5, 6, 7], start=1):
    total += idx * val
print(total)
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], list(map(list, zip(*m))))
try:
    enumerate([], 2.5)
except TypeError:
    print("TypeError")
print(list(enumerate("ab", True)))

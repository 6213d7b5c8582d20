print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max((4, 5, 0)), min("hello"), max("hello"))
print(min([2.5, 1, 3]), max([2.5, 1, 3]), min(-1, -1.0), max(1, 1.0), max([2 ** 70, 5]), min(10 ** 30, -10 ** 30))
print(min(["b", "a", "c"]), max([(1, 2), (1, 3), (0, 9)]), min({3: 0, 1: 0}), max(range(5)), min(range(3, 10, 2)))
print(min([3, 1, 2], key=lambda x: -x), max(["aa", "b", "ccc"], key=len), min("x", "yy", "z", key=len))
print(max([], default=None), min((), default="empty"), max([1], default=5), min([], key=abs, default=0))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max({"a": 3, "b": 9}.items(), key=lambda kv: kv[1]))
# ties keep the first one found
print(max([(1, "first"), (1, "second")], key=lambda p: p[0]), min([(0, "first"), (0, "second")], key=lambda p: p[0]))
print(max(["bb", "aa", "cc"], key=len), min(["bb", "aa", "cc"], key=len))
print(max(x * x for x in range(-5, 3)), min(iter([7, 3, 9])), max(True, False), min([False, 0]))
print(max(1, 2, key=lambda x: -x), min(4, 5, 6, key=lambda x: x % 3))
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
attempt(lambda: min([]))
attempt(lambda: max(()))
attempt(lambda: max())
attempt(lambda: min(5))
attempt(lambda: max([1, "a"]))
attempt(lambda: min([1, 2], key=lambda x: [x, "a"][x - 1]))
attempt(lambda: max([1], nokey=1))
attempt(lambda: min(x for x in []))

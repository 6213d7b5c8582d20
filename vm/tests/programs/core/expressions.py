print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 10 / 4)
print(1 << 70, (1 << 70) >> 69, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(3.0 // 2, -3.5 % 2, 1e300 * 10, abs(-3), round(2.5), round(3.5))
print(10**20 // 7, 10**20 % 7, -(10**20) // 7, (10**20) * (10**20))
print(0.1 + 0.2, 1/3, 2.0, 1e16, 1e-5, 123456789.0, -0.0)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = "hello"
print(first, rest)
# sets and dicts print in table order on MicroPython: sorted here
print([*range(3), *"ab"], (*[1, 2],), sorted({*[1, 1, 2]}), sorted({**{"a": 1}, "b": 2}.items()))
s = "abcdefgh"
print(s[1:5], s[::-1], s[::2], s[-3:], s[:-3], s[10:], s[2:1])
l = list(range(10))
print(l[1:8:3], l[::-3], l[-1], l[-10])
l[2:5] = ["x"]
print(l)
del l[0], l[-1]
print(l)
print([i * j for i in range(3) for j in range(3) if i != j])
print(sorted({k: v for k, v in zip("abc", range(3))}.items()))
print({x % 3 for x in range(10)})
if (n := len(s)) > 5:
    print("long", n)
print([y for x in range(5) if (y := x * 2) > 4])
print("yes" if 1 else "no", "yes" if 0 else "no")
print(f"{1+1} {'nested'} {3.14159:.3f} {42:08b} {255:#x} {1000000:,} {'x':^5}|{7!r}")
w = 10
print(f"{w:>{w}}|", f"{'a'}{'b'}", f"{{literal}}")
print("%s %d %5.2f %x %r %%" % ("s", 42, 3.14159, 255, "r"))
print("{} {:>4} {name}".format(1, 2, name="n"))
print(1 if [] else 2, [] or [0], {} == {}, [1, 2] < [1, 3], (1, 2) == (1, 2), "a" < "b")
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()))
print(True + True, True * 3, 3 / True, isinstance(True, int))
print(int("ff", 16), int("0b101", 0), int(3.9), int(-3.9), float("1.5"), str(12), bool(""), bool("x"))
print(hex(255), oct(8), bin(5), chr(65), ord("a"), divmod(17, 5), divmod(-17, 5), pow(2, 10, 1000))
print(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25]), abs(-2.5), any([0, 1]), all([]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(zip([1, 2], "ab")))
print(list(enumerate("ab", 1)), len({"a": 1}), list(range(10, 0, -3)))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr(b"\x00\xff"))

print("%s and %r" % ("s", "r"))
print("%d %i %5d|%-5d|%05d" % (1, 2, 3, 4, 5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (65, "b"), "%%", "%s" % (1,), "%s" % [1, 2])
print("%(a)s-%(b)d" % {"a": "x", "b": 7})
print("%.3s|%5.1f|%-6.2f|%e" % ("abcdef", 3.14159, 2.5, 12345.678))
for fmt, args in (("%d", ()), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", (1,)), ("%d", ("x",))):
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(str([1, "a", None, 2.5, [True]]), repr(["q'", 'd"']))
print([(), {}, set()], [[]], [b"x", bytearray(b"y")])
print(len(str(list(range(100)))))

# nested lists print recursively
print([[]], [[1, [2, [3, []]]]], [None, True, 1.5, "a", b"b", (1,), {2: 3}])
print(str([1, "x"]), repr(["it's"]), [[1] * 2] * 2)

# Equal strs hash equally; strs and bytes never equal.
a = "abc"
b = "".join(["a", "b", "c"])
print(a == b, hash(a) == hash(b), a is not None, {a: 1}[b], "é" == "\xe9", hash("é") == hash("\xe9"), "a" == b"a", {"a": 1}.get(b"a"))

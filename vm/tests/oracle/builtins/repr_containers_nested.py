print(repr([1, [2, [3, []]]]), repr((1, (2,), ())), repr({"a": {"b": {}}}), repr([{1}, (2,)]))
print(repr(["a'b", 'c"d']), repr({"k'": "v\""}))

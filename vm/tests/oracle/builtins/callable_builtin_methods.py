print(callable("".join), callable([].sort), callable({}.get), callable(dict.fromkeys), callable(str.upper))
print(str.upper("x"), list.__len__([1, 2]) if hasattr(list, "__len__") else "no __len__", dict.get({"a": 1}, "a"))

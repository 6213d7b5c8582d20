import builtins
for name in ("compile", "exec", "eval", "help", "input", "open", "vars", "ascii", "format", "delattr", "sorted", "reversed", "super", "classmethod", "staticmethod", "property", "memoryview", "bytearray", "complex", "frozenset", "slice", "issubclass", "globals", "locals", "id", "__import__", "__build_class__"):
    print(name, hasattr(builtins, name))

m = __import__("sys")
print(m.__name__ if hasattr(m, "__name__") else "sys")
j = __import__("json")
print(j.dumps({"a": [1]}))
try:
    __import__("no_such_module_zz")
except ImportError as e:
    print("ImportError", e)

e = ValueError("a", "b")
print(e.args, len(e.args))
try:
    e.args = ("c",)
    print("assigned", e.args)
except (AttributeError, TypeError) as x:
    print(type(x).__name__)

print(issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError) if "RecursionError" in dir(__import__("builtins")) else "no RecursionError")
try:
    raise RuntimeError("rt")
except RuntimeError as e:
    print(e)

for e in (StopIteration(), StopIteration(5), OSError(13, "denied"), ValueError("v"), KeyError()):
    print(type(e).__name__, e.value if hasattr(e, "value") else "-", e.errno if hasattr(e, "errno") else "-")

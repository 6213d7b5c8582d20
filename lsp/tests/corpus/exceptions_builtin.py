for exc in (KeyError, IndexError, StopIteration, OSError, RuntimeError, NotImplementedError, MemoryError, AssertionError):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__)

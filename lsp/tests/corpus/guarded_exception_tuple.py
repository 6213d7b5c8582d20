try:
    import collections.abc as abc
except (ImportError, AttributeError):
    abc = None
print(abc is None or abc is not None)

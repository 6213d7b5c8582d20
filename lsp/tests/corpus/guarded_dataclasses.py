try:
    import dataclasses
except ImportError:
    dataclasses = None
print(dataclasses is None)

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
for f in (list, tuple, sum, sorted):
    try:
        f(It())
    except ValueError as e:
        print(f.__name__ if hasattr(f, "__name__") else "f", "ValueError", e)

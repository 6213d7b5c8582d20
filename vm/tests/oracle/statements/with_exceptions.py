class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None, v)
        return self.swallow
with CM(True):
    raise ValueError("eaten")
print("after swallowed")
try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
with CM(True):
    pass
print("done")

class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("exit failed")
try:
    with Bad():
        pass
except KeyError as e:
    print("KeyError", e)
try:
    with Bad():
        raise ValueError("body")
except KeyError as e:
    print("KeyError replaced body error", e)

class NoNext:
    def __iter__(self):
        return self
for f in (lambda: list(NoNext()), lambda: next(NoNext()), lambda: [x for x in None], lambda: sum(1), lambda: sorted(None)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

log = []
class CM:
    def __init__(self, n, fail=False):
        self.n, self.fail = n, fail
    def __enter__(self):
        if self.fail:
            raise ValueError(self.n)
        log.append("enter " + self.n)
    def __exit__(self, *a):
        log.append("exit " + self.n)
try:
    with CM("a"), CM("b", fail=True), CM("c"):
        log.append("body")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

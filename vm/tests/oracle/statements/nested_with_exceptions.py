log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("in" + self.n)
        return self
    def __exit__(self, t, v, tb):
        log.append("out" + self.n + ("!" if t else ""))
        return self.n == "2" and t is KeyError
with CM("1"):
    with CM("2"):
        with CM("3"):
            raise KeyError
    log.append("after2")
print(log)

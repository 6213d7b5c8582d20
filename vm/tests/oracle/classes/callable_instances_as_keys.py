class Key:
    def __init__(self, k):
        self.k = k
    def __call__(self, item):
        return item[self.k]
rows = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
print([r["n"] for r in sorted(rows, key=Key("n"))], [r["n"] for r in sorted(rows, key=Key("v"), reverse=True)])
print(max(rows, key=Key("v"))["n"], list(map(Key("v"), rows)))

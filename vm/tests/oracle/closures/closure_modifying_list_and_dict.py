def tracker():
    seen = {}
    def hit(k):
        seen[k] = seen.get(k, 0) + 1
        return seen
    return hit
h = tracker()
h("a"); h("b"); h("a")
print(sorted(h("c").items()))

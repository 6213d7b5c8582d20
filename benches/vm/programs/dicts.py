def work(n):
    d = {}
    for i in range(n):
        key = "k" + str(i % 5000)
        d[key] = d.get(key, 0) + i
    inv = {}
    for k, v in d.items():
        inv.setdefault(v % 97, []).append(k)
    total = 0
    for i in range(n):
        total += d["k" + str(i % 5000)] % 13
    return len(d), len(inv), total
print(work(400000))

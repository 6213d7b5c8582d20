def make_accumulators():
    fs = []
    for start in (0, 100):
        def acc(k, total=[start]):
            total[0] += k
            return total[0]
        fs.append(acc)
    return fs
a, b = make_accumulators()
print(a(1), a(2), b(5), b(5))

inv = {"apple": (3, 0.5), "pear": (1, 0.75), "fig": (10, 0.2)}
print(sorted(inv.items(), key=lambda kv: kv[1][0]))
print(sorted(inv, key=lambda k: inv[k][1], reverse=True))
print(sum(n * p for n, p in inv.values()))

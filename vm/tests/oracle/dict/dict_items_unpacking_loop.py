scores = {"ann": 90, "bob": 72, "cid": 85}
for name, s in scores.items():
    print(name, "pass" if s >= 80 else "fail")
best = max(scores.items(), key=lambda kv: kv[1])
print(best)
print(sorted(scores, key=scores.get))

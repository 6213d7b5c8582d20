n = 27
steps = 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
queue = [1]
seen = []
while queue:
    v = queue.pop(0)
    if v in seen or v > 20:
        continue
    seen.append(v)
    queue += [v * 2, v * 3]
print(sorted(seen))

i = 0
out = []
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 14:
        break
    out.append(i)
print(out, i)
n = 5
while n:
    n -= 1
    print("n", n)
else:
    print("else after", n)

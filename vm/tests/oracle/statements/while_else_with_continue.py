i = 0
out = []
while i < 5:
    i += 1
    if i % 2:
        continue
    out.append(i)
else:
    out.append("else")
print(out)

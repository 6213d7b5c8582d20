def build(n):
    parts = []
    for i in range(n):
        s = "item" + str(i)
        if i % 3 == 0:
            s = s.upper()
        parts.append(s[:6])
    text = ",".join(parts)
    words = text.split(",")
    count = 0
    for w in words:
        if w.startswith("ITEM"):
            count += len(w)
    return count, len(text), "%d-%s" % (n, words[-1])
print(build(400000))

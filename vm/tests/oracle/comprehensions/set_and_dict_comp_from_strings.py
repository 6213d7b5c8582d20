s = "hello world"
print(sorted({c for c in s if c.isalpha()}), {c: s.count(c) for c in "lo"})

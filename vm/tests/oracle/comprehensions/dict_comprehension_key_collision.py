print({k % 3: k for k in range(10)})
print({c.lower(): c for c in "AaBb"})

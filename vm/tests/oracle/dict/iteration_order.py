# a board's dicts iterate in table order: small int keys and short strs
d = {}
for i in (5, 3, 9, 1, 7, 2):
    d[i] = i
print(list(d))
s = {}
for w in ("pear", "fig", "apple", "kiwi", "plum", "date"):
    s[w] = len(w)
print(s)
del s["fig"]
s["lime"] = 4
print(s)
print({i: None for i in range(20)})

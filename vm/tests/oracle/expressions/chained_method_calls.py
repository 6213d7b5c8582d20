s = "  Hello, World  "
print(s.strip().lower().replace(",", "").split())
print(" ".join(reversed("a b c".split())).upper())
l = sorted([3, 1, 2])
print(list(map(str, l)), "-".join(map(str, l)).center(9))
try:
    "x".center(9, "*")
except TypeError as e:
    print("TypeError", e)

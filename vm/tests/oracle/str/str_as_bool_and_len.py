# Truth and len of strs of every length and content.
for s in ("", " ", "0", "False", "\x00", "日", "a" * 1000):
    print(bool(s), len(s), not s, s and "yes" or "no")

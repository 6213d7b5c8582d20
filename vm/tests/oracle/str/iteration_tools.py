# strs through enumerate, zip, map, sorted, set and reversed.
s = "hello"
print(list(enumerate(s)), list(zip(s, s[1:])), list(map(ord, s)), sorted(s), sorted(set(s)), "".join(reversed(s)), max(s), min(s))
print(list(iter("ab")), tuple("xyz"), dict.fromkeys("ab"), [c * 2 for c in "ab"])

data = [("b", 1), ("a", 2), ("c", 1), ("d", 2), ("e", 0)]
print(sorted(data, key=lambda t: t[1]))
data.sort(key=lambda t: t[1], reverse=True)
print(data)
words = ["Bob", "alice", "Carl", "bob"]
print(sorted(words), sorted(words, key=str.lower))

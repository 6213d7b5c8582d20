print(sorted(set("mississippi")), sorted(set(b"abca")), sorted(set(range(5)) - {0}))

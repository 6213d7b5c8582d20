# sorting lists of lists and tuples
rows = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
print(sorted(rows), sorted(rows, key=lambda r: r[1]), sorted(rows, reverse=True))
rows.sort(key=lambda r: (r[0], r[1]))
print(rows)

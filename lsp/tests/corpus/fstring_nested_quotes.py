d = {"a": 1, "b": [2, 3]}
print(f"{d["a"]} and {d["b"][1]}")
print(f'{d['a']}')

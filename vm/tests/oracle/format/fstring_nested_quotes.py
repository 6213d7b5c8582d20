# f-strings nest quotes of the other kind and, in 1.29, of the same kind.
d = {"a": 1, 'b"': 2}
print(f"{d['a']}", f'{d["a"]}', f"{'x' + 'y'}", f"{d["a"]}", f'{"-".join(["p", "q"])}')

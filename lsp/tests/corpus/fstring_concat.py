a = 2
s = f"a={a}" "plain" f"{a * 2}"
print(s)

# len, iteration and reversed over multi-byte characters.
s = "aé€😀日"
print(len(s), list(s), list(reversed(s)), [len(c.encode()) for c in s], s.encode())
print(s.upper(), s.lower(), s.find("€"), s.index("日"), s.count("é"), s.split("€"), s.replace("😀", ":)"))

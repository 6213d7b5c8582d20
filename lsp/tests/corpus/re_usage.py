import re
m = re.match(r"(\d+)-(\d+)", "12-34")
print(m.group(1), m.group(2))
r = re.compile("a+")
print(r.sub("b", "caaat"), r.search("xaay").group(0))
print(re.sub("a", "b", "aaa", 2))

# Issue #16: two self-referencing lists compared
a = [1]
a.append(a)
b = [1]
b.append(b)
a == b

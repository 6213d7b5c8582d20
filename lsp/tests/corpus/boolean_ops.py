a = None
b = a or 5
c = a and 1
print(b, c, not a)

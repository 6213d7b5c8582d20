# and/or return operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] and 1, "a" and "b" or "c", not None, not "x")
x = []
y = x or [1]
print(y, (x and x[0]) or "empty")
print(True + True, True * 3, False - 1, -True, ~False, True & False, True | False, True ^ True)

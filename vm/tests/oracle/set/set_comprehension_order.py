# set comprehensions fill their table one item at a time
print({x * 3 % 11 for x in range(8)})
print({c for c in "board"})
print({(x, x) for x in range(3)})

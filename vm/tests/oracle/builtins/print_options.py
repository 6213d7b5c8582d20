# print's sep and end
print(1, 2, 3, sep="-")
print("a", "b", sep="")
print("no newline", end="|")
print("after")
print()
print(*[1, 2], sep=", ", end=".\n")
print("x", None, True, sep=None)

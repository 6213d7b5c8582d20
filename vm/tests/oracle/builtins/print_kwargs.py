print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- joined")
print(1, 2, 3, sep="", end="!\n")
print()
print(sep="x")
print("x", end="")
print("", end="\n")
print(*range(5), sep=", ")
try:
    print("a", sep=None, end=None)
except TypeError as e:
    print("TypeError", e)
try:
    print("a", nope=1)
except TypeError as e:
    print("TypeError", e)

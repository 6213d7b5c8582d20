try:
    print(ascii("é"))
except NameError as e:
    print("NameError", e)
print(repr("é"), repr("\u0100"), repr("\x80"), repr("\u2028"))

try:
    print(list(zip("ab", "c", strict=True)))
except TypeError as e:
    print("TypeError", e)
print(list(zip("ab", "cd")))

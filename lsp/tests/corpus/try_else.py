try:
    v = int("12")
except ValueError:
    v = 0
else:
    v += 1
print(v)

match = 1
case = 2
print(match + case)

type = "t"
print(type)

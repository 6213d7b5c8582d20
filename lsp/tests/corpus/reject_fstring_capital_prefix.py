name = "x"
print(F"{name}")

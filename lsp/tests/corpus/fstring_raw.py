x = 42
print(rf"\d{x}")
print(fr"{x}\n")
print(Rf"a\t{x + 1}")

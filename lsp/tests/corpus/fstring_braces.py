x = 1
print(f"{{literal}} {x}")
print(f"{{{x}}}")

x = 5
print("big" if x > 3 else "small")

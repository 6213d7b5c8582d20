print(end="", 1)

print(f"{(lambda x: x + 1)(2)}")

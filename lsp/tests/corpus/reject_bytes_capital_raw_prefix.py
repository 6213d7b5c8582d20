print(RB"raw")

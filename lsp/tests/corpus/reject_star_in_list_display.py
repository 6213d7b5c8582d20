print([*range(3)])

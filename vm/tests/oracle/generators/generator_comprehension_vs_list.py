gen = (i * 2 for i in range(3))
lst = [i * 2 for i in range(3)]
print(type(gen).__name__, type(lst).__name__, list(gen), lst, list(gen))

print([len for len in range(3)])
print(len("still works"))
print({str: 1 for str in "ab"})
print(str(5))

print(type(len).__name__, type(print).__name__, type([].append).__name__, type("".upper).__name__)
print(type(int).__name__, type(abs).__name__, type(lambda: 0).__name__)

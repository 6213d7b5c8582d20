s = '''abc
print(s)

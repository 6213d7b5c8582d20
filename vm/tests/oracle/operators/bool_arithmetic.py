print(True + True, True - False, True * 10, True / 2, True // 1, True % 2, True ** 5, -True)
print(True & True, True | False, True ^ False, ~False, True << 2, type(True + 1).__name__, type(True & True).__name__)
print(sum([True, False, True]), max(True, 0), min(False, -1))

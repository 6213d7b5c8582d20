def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                pass
    return None
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))

class Table:
    SIZE = 4
    squares = [i * i for i in range(4)]
    lookup = {i: chr(65 + i) for i in range(SIZE)}
    total = sum(range(SIZE))
print(Table.squares, Table.lookup, Table.total)

total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,
]
print(values)

def first_even(seq):
    for v in seq:
        if v % 2 == 0:
            return v
    else:
        return "none"
print(first_even([1, 3, 4]), first_even([1, 3]), first_even([]))

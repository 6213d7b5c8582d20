for a, *mid, z in ["abcd", "xy", "pqr"]:
    print(a, mid, z)
head, *_ = range(5)
print(head, _)

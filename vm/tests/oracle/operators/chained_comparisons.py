# chained comparisons evaluate each operand once
def v(x):
    print("v", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(0 <= 5 <= 10, "a" < "b" < "c", [1] == [1] is not None)

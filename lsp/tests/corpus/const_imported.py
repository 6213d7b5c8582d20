from micropython import const
A = const(1)
B = const(A + 1)
print(A, B)

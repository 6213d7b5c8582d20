# | & - ^ and their in-place forms
a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b)
c = set(a)
c |= {9}
print(c)
c &= {1, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {9, 8}
print(c)
print(frozenset([1, 2]) | {3}, {3} | frozenset([1]), type(frozenset([1]) | {2}).__name__)
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)

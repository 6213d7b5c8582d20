a = {"x": 1}
print(dict(a, y=2), dict({"y": 0}, **a))
print({1, 2, 2, 3} == {3, 2, 1}, len({1, 1.0, True}))
print({k: v for k, v in zip("abc", range(3))})
print(type({}).__name__, type({1}).__name__, set() == set(), {1: 2} == {1: 2.0})
print({(1, 2): "t"}, {1: {2: {3: 4}}}[1][2][3])
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError", e)

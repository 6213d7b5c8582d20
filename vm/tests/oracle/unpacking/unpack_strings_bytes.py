a, b, c = "xyz"
print(a, b, c)
p, q = b"pq"
print(p, q)
h, *t = "hello"
print(h, t)
try:
    x, y = "abc"
except ValueError as e:
    print("ValueError", e)

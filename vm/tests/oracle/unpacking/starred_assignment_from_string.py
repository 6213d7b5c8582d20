*a, b = "hello"
print(a, b)
c, *d = "h"
print(c, d)

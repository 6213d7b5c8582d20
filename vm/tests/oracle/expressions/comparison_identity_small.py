a = 256
b = 256
print(a == b, [] == [], () == (), "" == "")
x = [1]
y = x
print(x is y, x is not [1], None is None, not (x is None))
print(type(None) is type(None), type(1) is int)

class Bag:
    pass
b = Bag()
for i in range(3):
    setattr(b, "a%d" % i, i)
for i in range(0, 3, 2):
    delattr(b, "a%d" % i)
print(hasattr(b, "a0"), hasattr(b, "a1"), hasattr(b, "a2"))
l = list(range(10))
while len(l) > 2:
    del l[1:3]
print(l)

a = 1; b = 2; print(a + b)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while b: b -= 1; print("while", b)
def f(): return "one-line def"
print(f())
class K: x = 3
print(K.x)

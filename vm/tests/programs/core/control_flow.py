# if/elif/else, while/for with else, break/continue
for i in range(5):
    if i == 0:
        print("zero")
    elif i % 2:
        print("odd", i)
    else:
        print("even", i)
n = 0
while n < 10:
    n += 1
    if n == 3:
        continue
    if n == 7:
        break
    print("n", n)
else:
    print("no break")
for x in []:
    pass
else:
    print("for-else ran")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
i = 0
while i < 3:
    i += 1
else:
    print("while-else", i)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
print("pass" if not [] else "fail")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
print(0 or "default", 3 and 4, None or 0, not 0)

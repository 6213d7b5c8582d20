for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner else", i)
    print("outer", i, j)
else:
    print("outer else")
k = 0
while k < 3:
    k += 1
    for _ in ():
        pass
    else:
        print("empty for else", k)

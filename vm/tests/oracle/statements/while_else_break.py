for limit in (3, 10):
    k = 0
    while k < limit:
        if k == 5:
            print("break at", k)
            break
        k += 1
    else:
        print("no break, k =", k)
x = 0
while x < 0:
    print("never")
else:
    print("else on false start")

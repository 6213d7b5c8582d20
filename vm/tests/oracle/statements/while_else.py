# while with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished")
while True:
    n -= 1
    if n < 2:
        break
else:
    print("never")
print("n end", n)

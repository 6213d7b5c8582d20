i = 0
while i < 3:
    i += 1
else:
    print("done", i)
for j in range(2):
    if j == 5:
        break
else:
    print("no break")

# for with else: the else runs unless the loop breaks
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
for i in range(3):
    pass
print("i after loop", i)

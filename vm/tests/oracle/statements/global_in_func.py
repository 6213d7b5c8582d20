counter = 0
def inc():
    global counter
    counter += 1
    return counter
for _ in range(4):
    inc()
print(counter)
def make():
    global newname
    newname = "created"
make()
print(newname)
def read_only():
    return counter * 10
print(read_only())

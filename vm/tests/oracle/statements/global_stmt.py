# global declarations
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_new():
    global fresh
    fresh = "created"
make_new()
print(fresh)
def read_only():
    return counter * 2
print(read_only())

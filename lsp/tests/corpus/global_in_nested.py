state = {}
def outer():
    def inner():
        global state
        state = {"k": 1}
    inner()
outer()
print(state)

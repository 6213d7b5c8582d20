counter = 0
class C:
    global counter
    counter = 5
    local_name = "class attr"
print(counter, C.local_name, hasattr(C, "counter"))

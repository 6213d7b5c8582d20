out = []
for i in range(5):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def f():
    while True:
        try:
            return "from try"
        finally:
            print("cleanup")
print(f())

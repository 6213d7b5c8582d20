class CM:
    def __enter__(self):
        print("in")
    def __exit__(self, *a):
        print("out", a[0])
def f():
    with CM():
        return "ret"
print(f())
for i in range(3):
    with CM():
        if i == 1:
            break
        continue
print("i", i)

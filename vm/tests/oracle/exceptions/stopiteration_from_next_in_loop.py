it = iter([1, 2])
out = []
while True:
    try:
        out.append(next(it))
    except StopIteration:
        break
print(out)
def gen():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(gen()))

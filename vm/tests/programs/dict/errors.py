def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)

attempt(lambda: {}.pop("k"))
attempt(lambda: {1: 2}.pop(3))
attempt(lambda: {}.popitem())
attempt(lambda: {1: 2}[[1]])
attempt(lambda: {1: 2}.get([1]))
attempt(lambda: {}.setdefault({}))
attempt(lambda: {"a": 1}["b"])
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([1]))
attempt(lambda: {}.update(5))
attempt(lambda: {}.update([(1,)]))
attempt(lambda: dict.fromkeys(5))
attempt(lambda: {}.get())
attempt(lambda: {(1, [2]): 3})
attempt(lambda: {}.keys(1))
attempt(lambda: {1: 2}.pop(1))
attempt(lambda: {1: 2}.get(1, 5))
attempt(lambda: {}.nosuch)
d = {1: 1}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print("RuntimeError")
print(d)

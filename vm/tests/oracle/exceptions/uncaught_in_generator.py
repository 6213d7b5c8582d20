def g():
    yield 1
    raise RuntimeError("gen broke")
for v in g():
    print(v)

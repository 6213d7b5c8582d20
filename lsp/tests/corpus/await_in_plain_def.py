async def g():
    return 1
def f():
    await g()
print(f)

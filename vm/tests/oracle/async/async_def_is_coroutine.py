async def f():
    pass
print(type(f).__name__)
c = f()
print(type(c).__name__, hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except StopIteration:
    print("again StopIteration")

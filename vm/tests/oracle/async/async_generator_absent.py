src = "async def agen():\n    yield 1\n"
try:
    exec(src)
    print("compiled")
    a = agen()
    print(type(a).__name__)
except Exception as e:
    print(type(e).__name__, e)

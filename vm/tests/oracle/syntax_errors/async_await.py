# async and await outside async functions
def check(src):
    try:
        exec(src)
        print("ok:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0], repr(src))


for src in ["await x", "[await x for x in y]", "async for a in b: pass", "async with a: pass",
            "def f():\n    async with a: pass", "def f():\n    async for a in b: pass",
            "async def f():\n    async with a: pass", "async def f():\n    async for a in b: pass",
            "async def f():\n    await g()", "async def f():\n    return [await x for x in y]",
            "class C:\n    await x", "async = 1", "def async(): pass"]:
    check(src)

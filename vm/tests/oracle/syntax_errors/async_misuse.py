for src in ("async def f():\n    yield from x", "def f():\n    await x", "def f():\n    async with x:\n        pass", "def f():\n    async for a in b:\n        pass", "async def f():\n    [await y for y in z]", "async x = 1", "async def f():\n    return await g()"):
    try:
        exec(src)
        print("compiled:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.args[0] if e.args else "", "|", repr(src))

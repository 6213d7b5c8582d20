async def fail():
    raise KeyError("inner")
async def main():
    try:
        await fail()
    except KeyError as e:
        return "caught " + str(e)
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
async def main2():
    await fail()
try:
    main2().send(None)
except KeyError as e:
    print("escaped", e)

async def main():
    await 5
try:
    main().send(None)
except TypeError as e:
    print("TypeError", e)
async def main2():
    await None
try:
    main2().send(None)
except TypeError as e:
    print("TypeError", e)

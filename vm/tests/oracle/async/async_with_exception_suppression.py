class Sup:
    async def __aenter__(self):
        return "value"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
async def main():
    async with Sup() as v:
        print("got", v)
        raise ValueError
    return "continued"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)

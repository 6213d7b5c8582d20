class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 5:
            raise StopAsyncIteration
        return self.n
async def main():
    out = []
    async for v in AIt():
        if v == 3:
            break
        out.append(v)
    else:
        out.append("no")
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)

class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c"):
        raise KeyError
    try:
        async with ACM("d"):
            raise ValueError("v")
    except ValueError:
        print("ValueError out")
    return "end"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

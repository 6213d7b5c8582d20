class Aw:
    def __await__(self):
        yield "never"
async def main():
    return await Aw()
c = main()
try:
    c.send(None)
except TypeError as e:
    print("TypeError", e)
class Both:
    def __await__(self):
        yield "await"
    def __iter__(self):
        yield "iter"
async def m2():
    await Both()
print(m2().send(None))

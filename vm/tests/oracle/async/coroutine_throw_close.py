class Pause:
    def __iter__(self):
        yield "paused"
async def task():
    try:
        await Pause()
        return "finished"
    except ValueError as e:
        return "caught " + str(e)
c = task()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
c2 = task()
c2.send(None)
print(c2.close())

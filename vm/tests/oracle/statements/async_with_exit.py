# __aexit__ runs when break, continue or return leave an async with
class Ctx:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("enter")
        return self

    async def __aexit__(self, t, v, tb):
        self.log.append(("exit", t, v))
        return False


async def by_break(log):
    for i in range(3):
        async with Ctx(log):
            log.append(i)
            break
    return "broke"


async def by_continue(log):
    for i in range(2):
        async with Ctx(log):
            log.append(i)
            continue
    return "continued"


async def by_return(log):
    while True:
        try:
            async with Ctx(log):
                return "returned"
        finally:
            log.append("finally")


async def nested(log):
    async with Ctx(log) as a:
        async with Ctx(log) as b:
            log.append(a is not b)
            return "both"


def drive(coro_fn):
    log = []
    c = coro_fn(log)
    try:
        c.send(None)
    except StopIteration as e:
        log.append(e.args)
    print(log)


for fn in (by_break, by_continue, by_return, nested):
    drive(fn)
